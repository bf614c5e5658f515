package fi.register.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an erased subject's wrapped key lingers in the embedded event store's file: a deleted row stays in H2's
 * superseded chunks until their space is reused; a graceful stop compacts the file (MAX_COMPACT_TIME in the embedded
 * URL) and leaves no copy. docs/crypto-shredding.md has the measured window.
 */
class ErasedKeyOnDiskTest {

    @TempDir
    Path dataDir;

    @Test
    void keeps_NoCopyOfAnErasedSubjectsWrappedKey_AfterAGracefulStop() throws Exception {
        String wrappedKey;
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            String customerId = register.send("staff", "POST", "/api/customers", """
                    {"kind":"PERSON","firstName":"Testi","lastName":"Pakattava",
                     "address":{"street":"Tiivistyskuja 4","postalCode":"00100","city":"Helsinki","country":"FI"},
                     "email":"pakattava@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""")
                    .json().get("customerId").asText();
            wrappedKey = new JdbcTemplate(register.bean(DataSource.class)).queryForObject(
                    "SELECT wrapped_key FROM data_key WHERE subject_id = ?", String.class, customerId);
            assertThat(DataDirectoryScan.findings(dataDir, List.of(wrappedKey)))
                    .as("positive control: the scan sees the key where the store wrote it").isNotEmpty();

            assertThat(register.send("dpo", "POST", "/api/customers/" + customerId + "/erasure", null).status()).isEqualTo(204);
        }

        assertThat(DataDirectoryScan.findings(dataDir, List.of(wrappedKey))).isEmpty();
    }
}
