package fi.register.deploy.compose;

import fi.register.crypto.MasterKey;
import fi.register.evidence.CheckpointSigningKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code deploy/compose/make-secrets.sh}: the files it writes are the ones the compose files mount, in the formats the
 * register reads (checked with the register's own loaders), readable by their owner only. Skipped, saying so, without
 * openssl.
 */
class MakeSecretsTest {

    static final Path SCRIPT = Path.of("compose", "make-secrets.sh");

    @TempDir
    static Path work;
    static Path secrets;
    static String firstOutput;

    @BeforeAll
    static void makeASet() throws Exception {
        assumeTrue(Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                        .anyMatch(directory -> !directory.isBlank() && Files.isExecutable(Path.of(directory, "openssl"))),
                "Skipped: make-secrets.sh needs openssl (apt-get install openssl)");
        secrets = work.resolve("secrets");
        Outcome made = run(secrets);
        assertThat(made.exitCode()).as(made.output()).isZero();
        firstOutput = made.output();
    }

    @Test
    void writesAMasterKeyAndAFeedKeyTheRegisterReads() {
        assertThat(MasterKey.load(secrets.resolve("master.key"))).isNotNull();
        assertThat(MasterKey.load(secrets.resolve("feed-pseudonym.key"))).isNotNull();
        // the console's sign-in key is read the same way: 32 bytes in Base64
        assertThat(MasterKey.load(secrets.resolve("console-sign-in.key"))).isNotNull();
    }

    @Test
    void writesACheckpointKeyPairTheRegisterReads() {
        CheckpointSigningKey key = CheckpointSigningKey.load(secrets.resolve("checkpoint-signing.key"),
                secrets.resolve("checkpoint-signing.pub"));

        assertThat(key.publicKey().fingerprint()).isNotBlank();
    }

    @Test
    void writesEveryFileTheComposeFilesMount_ReadableByItsOwnerOnly() throws Exception {
        String composeFiles = Files.readString(Path.of("compose", "postgres.yml")) + Files.readString(Path.of("compose", "axonserver.yml"));
        for (String name : List.of("master.key", "console-sign-in.key", "feed-pseudonym.key", "checkpoint-signing.key", "checkpoint-signing.pub",
                "mongo-keyfile", "gateway.crt", "gateway.key")) {
            assertThat(composeFiles).contains("${REGISTER_SECRETS_DIR:-./secrets}/" + name);
            assertThat(Files.getPosixFilePermissions(secrets.resolve(name))).as(name)
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        assertThat(Files.readString(secrets.resolve("gateway.crt"))).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(firstOutput).doesNotContain(Files.readString(secrets.resolve("master.key")).strip());
    }

    @Test
    void refusesToOverwrite_WhenTheDirectoryAlreadyHoldsAMasterKey() throws Exception {
        String before = Files.readString(secrets.resolve("master.key"));

        Outcome again = run(secrets);

        assertThat(again.exitCode()).isNotZero();
        assertThat(again.output()).contains("exists; nothing was written");
        assertThat(Files.readString(secrets.resolve("master.key"))).isEqualTo(before);
    }

    record Outcome(int exitCode, String output) {
    }

    private static Outcome run(Path directory) throws Exception {
        Process process = new ProcessBuilder("sh", SCRIPT.toString(), directory.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("make-secrets.sh did not end within 60 s");
        }
        return new Outcome(process.exitValue(), output);
    }
}
