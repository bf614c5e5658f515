package fi.register.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registration requests shaped like the README's example, each with a unique generated e-mail address (the register
 * keeps e-mail addresses unique) and generated names: nothing here is anyone's personal data.
 */
final class Registrations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sequence = new AtomicLong();

    String nextBody() {
        long n = sequence.incrementAndGet();
        return """
                {"kind":"PERSON","firstName":"Bench","lastName":"Customer",
                 "address":{"street":"Benchmarkintie 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s","phone":"+358 40 000 0001",
                 "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(emailOf(n));
    }

    /** The address of the last body handed out: a generated one, known to be registered once its request succeeded. */
    String lastEmail() {
        return emailOf(sequence.get());
    }

    private String emailOf(long n) {
        return "bench-%s-%d@example.test".formatted(run, n);
    }

    /** Registers one customer; its id, or an exception naming the status (never the body: it could echo input). */
    UUID register(RegisterClient client) {
        HttpResponse<String> response = client.send(RegisterClient.STAFF, "POST", "/api/customers", nextBody());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Registration answered " + response.statusCode());
        }
        return customerId(response.body());
    }

    static UUID customerId(String body) {
        try {
            return UUID.fromString(JSON.readTree(body).get("customerId").asText());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("A 201 without a customer id");
        }
    }
}
