package fi.register.command.customer;

import fi.register.command.CommandSideHttpTestSupport;
import fi.register.crypto.PersonalDataProtection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * One register entry per e-mail address holds when clients race for one address: exactly one wins, every other gets
 * the 409 problem, none a 500, and no log line holds the address or its blind index (issue 10).
 */
@ExtendWith(OutputCaptureExtension.class)
class OneCustomerPerEmailUnderConcurrencyTest extends CommandSideHttpTestSupport {

    private static final int CLIENTS = 10;
    private static final int ROUNDS = 5;

    @Autowired
    PersonalDataProtection protection;

    private static String person(String email) {
        return """
                {"kind":"PERSON","firstName":"Testi","lastName":"Asiakas",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}
                """.formatted(email);
    }

    private static String email() {
        return "race" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    @Test
    void acceptsExactlyOne_WhenTenClientsRegisterOneAddressAtOnce(CapturedOutput output) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String email = email();
            emails.add(email);
            Map<Integer, Long> answers = race(client -> post("/api/customers")
                    .contentType(MediaType.APPLICATION_JSON).content(person(email)));
            assertThat(answers).as("round %d", round).containsOnlyKeys(201, 409).containsEntry(201, 1L);
        }
        assertNothingOfTheAddressesLogged(output, emails);
    }

    @Test
    void acceptsExactlyOne_WhenTenCustomersAreRectifiedToOneAddressAtOnce(CapturedOutput output) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            ids.add(created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON)
                    .content(person(email())), "customerId"));
        }
        String email = email();
        Map<Integer, Long> answers = race(client -> put("/api/customers/" + ids.get(client))
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + email + "\"}"));
        assertThat(answers).containsOnlyKeys(204, 409).containsEntry(204, 1L);
        assertNothingOfTheAddressesLogged(output, List.of(email));
    }

    /** Sends one request per client, all released at the same moment; counts the answers by status. */
    private Map<Integer, Long> race(Function<Integer, MockHttpServletRequestBuilder> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int index = client;
                Callable<Integer> call = () -> {
                    start.await();
                    return as("staff", request.apply(index)).andReturn().getResponse().getStatus();
                };
                statuses.add(clients.submit(call));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            return answered.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        } finally {
            clients.shutdownNow();
        }
    }

    private void assertNothingOfTheAddressesLogged(CapturedOutput output, List<String> emails) {
        String log = output.getAll();
        for (String email : emails) {
            // a boolean, so that a failure does not print the whole log
            assertThat(log.contains(email)).as("an address in the log").isFalse();
            assertThat(log.contains(protection.blindIndex().of(email))).as("an address's blind index in the log").isFalse();
        }
    }
}
