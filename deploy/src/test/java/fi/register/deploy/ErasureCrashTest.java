package fi.register.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An erasure crashed at any of its steps is, after a restart, either not done at all (and can be sent again) or
 * done everywhere: the register is halted ({@link ErasureCrash}, test code in the child JVM) (a) after the key row was
 * deleted but before the commit, (b) after the commit before the answer, (c) after the answer before any projection
 * purged the subject, (d) when one projection had purged it and the others had not. Each child that checks the
 * previous crash also runs the next one, so five children cover four crashes.
 */
class ErasureCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void finishes_OrLeavesIntact_AnErasureCrashedAtEachStep() throws Exception {
        Subject b;
        Subject c;
        Subject d;
        Subject a;
        try (ChildRegister register = crashingAt(ErasureCrash.Step.COMMITTED_BEFORE_ANSWER)) {
            b = registered(register, "Bee");
            assertThat(eraseUntilTheCrash(register, b)).as("no answer: the crash came first").isEqualTo(-1);
        }
        try (ChildRegister register = crashingAt(ErasureCrash.Step.ANSWERED_BEFORE_PURGE)) {
            erasedEverywhere(register, b);
            c = registered(register, "Cee");
            assertThat(eraseUntilTheCrash(register, c)).as("answered before the crash").isEqualTo(204);
        }
        try (ChildRegister register = crashingAt(ErasureCrash.Step.HALF_PURGED)) {
            erasedEverywhere(register, c);
            d = registered(register, "Dee");
            eraseUntilTheCrash(register, d); // answered or not: the projections decide when the crash comes
        }
        try (ChildRegister register = crashingAt(ErasureCrash.Step.KEY_DELETED_BEFORE_COMMIT)) {
            erasedEverywhere(register, d);
            a = registered(register, "Aa");
            assertThat(eraseUntilTheCrash(register, a)).as("no answer: the crash came first").isEqualTo(-1);
        }
        try (ChildRegister register = ChildRegister.start(dataDir)) {
            intact(register, a);
            assertThat(register.send("dpo", "POST", "/api/customers/" + a.id + "/erasure", null))
                    .as("the erasure sent again").isEqualTo(204);
            erasedEverywhere(register, a);
        }
        for (Subject subject : List.of(a, b, c, d)) {
            assertThat(keyRows(subject)).as("key row of subject " + subject.name).isZero();
            assertThat(tombstones(subject)).as("tombstone of subject " + subject.name).isEqualTo(1);
        }
    }

    private ChildRegister crashingAt(ErasureCrash.Step step) throws IOException {
        return ChildRegister.start(dataDir, ErasureCrash.class, List.of("-D" + ErasureCrash.STEP + "=" + step.name()));
    }

    private static Subject registered(ChildRegister register, String name) throws Exception {
        Subject subject = new Subject(name, null);
        var answer = register.exchange("staff", "POST", "/api/customers", subject.json());
        assertThat(answer.statusCode()).isEqualTo(201);
        Subject registered = new Subject(name, JSON.readTree(answer.body()).get("customerId").asText());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
                register.send("staff", "GET", "/api/customers/" + registered.id, null)).as("view").isEqualTo(200));
        return registered;
    }

    /** Sends the erasure, then waits for the hook to halt the register; the answer's status, or -1 for none. */
    private static int eraseUntilTheCrash(ChildRegister register, Subject subject) throws InterruptedException {
        int status;
        try {
            status = register.send("dpo", "POST", "/api/customers/" + subject.id + "/erasure", null);
        } catch (IOException e) {
            status = -1;
        }
        assertThat(register.exitCode()).as("halted at the intended step").isEqualTo(ErasureCrash.CRASHED);
        return status;
    }

    private void erasedEverywhere(ChildRegister register, Subject subject) throws Exception {
        assertThat(register.send("staff", "PUT", "/api/customers/" + subject.id, "{\"lastName\":\"Jälkeen\"}"))
                .as("the command side refuses the erased subject").isEqualTo(410);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(register.send("staff", "GET", "/api/customers/" + subject.id, null)).as("view").isEqualTo(410);
            assertThat(register.send("dpo", "GET", "/api/customers/" + subject.id + "/export", null)).as("export")
                    .isEqualTo(410);
        });
        assertThat(DataDirectoryScan.findings(dataDir, subject.values())).as("values in clear on disk").isEmpty();
    }

    /** Readable as before once the views are rebuilt after the restart (until then they answer 503 catching-up). */
    private static void intact(ChildRegister register, Subject subject) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var view = register.exchange("staff", "GET", "/api/customers/" + subject.id, null);
            assertThat(view.statusCode()).as("view").isEqualTo(200);
            assertThat(view.body()).as("readable after the restart").contains(subject.lastName(), subject.email());
            assertThat(register.send("dpo", "GET", "/api/customers/" + subject.id + "/export", null)).isEqualTo(200);
        });
    }

    private int keyRows(Subject subject) throws Exception {
        return count("SELECT COUNT(*) FROM data_key WHERE subject_id = ?", subject.id);
    }

    private int tombstones(Subject subject) throws Exception {
        return count("SELECT COUNT(*) FROM data_key_erased WHERE subject_id = ?", subject.id);
    }

    /** The register is stopped: its event store's file is free to open. */
    private int count(String sql, String subjectId) throws Exception {
        JdbcDataSource eventStore = new JdbcDataSource();
        eventStore.setURL("jdbc:h2:file:" + dataDir.resolve("events/register"));
        eventStore.setUser("register");
        try (Connection connection = eventStore.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, subjectId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private record Subject(String name, String id) {

        String lastName() {
            return "Kaatuva" + name;
        }

        String email() {
            return "kaatuva." + name.toLowerCase() + "@example.test";
        }

        String street() {
            return "Kaatumiskuja " + name.length() + name;
        }

        List<String> values() {
            return List.of(lastName(), email(), street());
        }

        String json() {
            return """
                    {"kind":"PERSON","firstName":"Testi","lastName":"%s",
                     "address":{"street":"%s","postalCode":"00100","city":"Helsinki","country":"FI"},
                     "email":"%s","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}"""
                    .formatted(lastName(), street(), email());
        }
    }
}
