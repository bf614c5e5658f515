package fi.register.deploy.compose;

import fi.register.autoconfigure.crypto.ConfiguredMasterKey;
import fi.register.autoconfigure.crypto.CryptoProperties;
import fi.register.command.CommandSideApplication;
import fi.register.crypto.MasterKey;
import fi.register.evidence.CheckpointSigningKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    /** The compose override file that mounts the keystore instead of master.key, in either variant. */
    static final Path OVERRIDE = Path.of("compose", "master-key-store.yml");

    @TempDir
    static Path work;
    static Path secrets;
    static String firstOutput;
    /** The set made with {@code --master-key-store}; null without keytool. */
    static Path keystoreSecrets;
    static String keystoreOutput;

    @BeforeAll
    static void makeASet() throws Exception {
        assumeTrue(onThePath("openssl"), "Skipped: make-secrets.sh needs openssl (apt-get install openssl)");
        secrets = work.resolve("secrets");
        Outcome made = run(secrets);
        assertThat(made.exitCode()).as(made.output()).isZero();
        firstOutput = made.output();
        if (onThePath("keytool")) {
            keystoreSecrets = work.resolve("keystore-secrets");
            Outcome withKeystore = run(keystoreSecrets, "--master-key-store");
            assertThat(withKeystore.exitCode()).as(withKeystore.output()).isZero();
            keystoreOutput = withKeystore.output();
        }
    }

    private static boolean onThePath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(directory -> !directory.isBlank() && Files.isExecutable(Path.of(directory, command)));
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

    @Test
    void writesTheMasterKeyAsAPkcs12KeystoreWithItsPasswordApart_WhenAsked() throws Exception {
        assumeTrue(keystoreSecrets != null, "Skipped: --master-key-store needs keytool (a JDK or JRE)");

        assertThat(keystoreSecrets.resolve("master.key")).as("one form of the master key, never two").doesNotExist();
        for (String name : List.of("master.p12", "master.p12.password")) {
            assertThat(Files.getPosixFilePermissions(keystoreSecrets.resolve(name))).as(name)
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        MasterKey loaded = ConfiguredMasterKey.from(keystoreSettings(keystoreSecrets));
        assertThat(loaded).isNotNull();
        assertThat(keystoreOutput).doesNotContain(Files.readAllLines(keystoreSecrets.resolve("master.p12.password")).get(0));
    }

    @Test
    void refusesAKeystore_WhenTheDirectoryAlreadyHoldsAMasterKeyFile() throws Exception {
        assumeTrue(keystoreSecrets != null, "Skipped: --master-key-store needs keytool (a JDK or JRE)");

        Outcome again = run(secrets, "--master-key-store");

        assertThat(again.exitCode()).isNotZero();
        assertThat(secrets.resolve("master.p12")).doesNotExist();
    }

    /**
     * A command side started with the settings master-key-store.yml gives every instance, as environment variables,
     * wraps its data keys (the blind index's, made at the start) with the keystore's key, and no other master key is
     * made or read.
     */
    @Test
    void startsACommandSide_FromTheGeneratedKeystore_WithTheOverrideFilesSettings() throws Exception {
        assumeTrue(keystoreSecrets != null, "Skipped: --master-key-store needs keytool (a JDK or JRE)");
        Path dataDir = work.resolve("command-side-data");
        Map<String, Object> environment = Map.of(
                "REGISTER_CRYPTO_MASTER_KEY_STORE", keystoreSecrets.resolve("master.p12").toString(),
                "REGISTER_CRYPTO_MASTER_KEY_STORE_PASSWORD_FILE", keystoreSecrets.resolve("master.p12.password").toString(),
                "REGISTER_CRYPTO_MASTER_KEY_ALIAS", "register-master");
        assertThat(Files.readString(OVERRIDE)).contains(environment.keySet());

        try (ConfigurableApplicationContext commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CommandSideApplication.CONFIG_NAMES)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("compose", environment)))
                .run("--server.port=0", "--register.data-dir=" + dataDir,
                        "--register.retention.enforce-automatically=false")) {
            String keystoreKey = ConfiguredMasterKey.from(keystoreSettings(keystoreSecrets)).id();
            List<String> wrappedBy = commandSide.getBean(JdbcTemplate.class)
                    .queryForList("select distinct master_key_id from data_key", String.class);

            assertThat(wrappedBy).containsExactly(keystoreKey);
        }
        assertThat(dataDir.resolve("master.key")).as("the embedded default's generated key").doesNotExist();
    }

    @Test
    void mountsTheKeystoreAndItsPasswordInEveryRegisterSide_WhenTheOverrideFileIsAdded() throws Exception {
        assumeTrue(ComposeFilesTest.dockerCompose().isPresent(), "Skipped: needs Debian's docker-compose (no engine)");
        for (String variant : ComposeFilesTest.VARIANTS) {
            ProcessBuilder config = new ProcessBuilder(ComposeFilesTest.dockerCompose().orElseThrow().toString(),
                    "--env-file", ComposeFilesTest.ENV_EXAMPLE.toAbsolutePath().toString(),
                    "-f", Path.of("compose", variant).toAbsolutePath().toString(),
                    "-f", OVERRIDE.toAbsolutePath().toString(), "config");
            config.environment().keySet().retainAll(List.of("PATH", "HOME", "LANG"));
            Process process = config.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            ComposeFilesTest.Result result = new ComposeFilesTest.Result(process.exitValue(), variant, rendered);

            Map<String, Map<String, Object>> services = ComposeFilesTest.services(result);
            for (String side : ComposeFilesTest.SIDES) {
                assertThat(ComposeFilesTest.environment(services.get(side))).as(variant + " " + side)
                        .containsEntry("REGISTER_CRYPTO_MASTER_KEY_STORE", "/run/secrets/register_master_key")
                        .containsEntry("REGISTER_CRYPTO_MASTER_KEY_STORE_PASSWORD_FILE",
                                "/run/secrets/register_master_key_store_password");
                assertThat(services.get(side).get("secrets").toString()).as(variant + " " + side)
                        .contains("register_master_key_store_password");
            }
            Map<String, Object> secretFiles = ComposeFilesTest.map(ComposeFilesTest.yaml(result).get("secrets"));
            assertThat(ComposeFilesTest.map(secretFiles.get("register_master_key")).get("file").toString())
                    .endsWith("/master.p12");
            assertThat(ComposeFilesTest.map(secretFiles.get("register_master_key_store_password")).get("file")
                    .toString()).endsWith("/master.p12.password");
        }
    }

    private static CryptoProperties keystoreSettings(Path directory) {
        return new CryptoProperties(null, null, false, null, null, null, null, directory.resolve("master.p12"), null,
                directory.resolve("master.p12.password"), null);
    }

    record Outcome(int exitCode, String output) {
    }

    private static Outcome run(Path directory, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(options));
        command.add(directory.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("make-secrets.sh did not end within 60 s");
        }
        return new Outcome(process.exitValue(), output);
    }
}
