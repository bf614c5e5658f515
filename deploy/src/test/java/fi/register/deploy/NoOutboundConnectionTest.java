package fi.register.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register of health data makes no outbound call the operator did not configure (Axon's update checker, which
 * reports usage to AxonIQ on every start, is excluded). The child register runs under {@link OutboundConnectionWatch},
 * which refuses and writes down every attempt to reach or look up another host, through start-up and a day's work.
 */
class NoOutboundConnectionTest {

    @TempDir
    Path dataDir;

    @Test
    void reaches_NoHostButThisMachine_FromStartUpThroughADaysWork() throws Exception {
        try (ChildRegister register = ChildRegister.start(dataDir, OutboundConnectionWatch.class,
                List.of("-Djava.security.manager=allow"))) {
            String created = register.exchange("staff", "POST", "/api/customers", """
                    {"kind":"PERSON","firstName":"Testi","lastName":"Kotona","email":"kotona@example.test",
                     "address":{"street":"Kotikuja 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                     "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""").body();
            String id = new ObjectMapper().readTree(created).path("customerId").asText();
            assertThat(register.send("staff", "POST", "/api/customers/" + id + "/consents",
                    """
                    {"purpose":"HEALTH_DATA","noticeVersion":"2018-05",
                     "evidence":{"method":"WRITTEN","reference":"arkisto 1"}}""")).isEqualTo(201);
            assertThat(register.send("dpo", "GET", "/api/customers/" + id + "/export", null)).isEqualTo(200);
            assertThat(register.send("dpo", "POST", "/api/compliance/replay", null)).isEqualTo(200);
            assertThat(register.send("dpo", "POST", "/api/customers/" + id + "/erasure", null)).isBetween(200, 299);
        }
        List<String> attempts = Files.readAllLines(dataDir.resolve(OutboundConnectionWatch.LOG), StandardCharsets.UTF_8);
        assertThat(attempts).as("only the watch's own control attempt").singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith(OutboundConnectionWatch.CONTROL_HOST + ":9" + OutboundConnectionWatch.WHO_ASKED);
    }
}
