package fi.register.deploy.compose;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The compose files of {@code deploy/compose}, validated by Debian's docker-compose ({@code config}: the Compose
 * schema, variables from {@code .env.example}, anchors merged; no engine needed) and the rendered result read back.
 * Skipped, saying so, without docker-compose. Nothing here starts a container: no container engine runs here.
 */
class ComposeFilesTest {

    static final Path COMPOSE = Path.of("compose");
    static final Path ENV_EXAMPLE = COMPOSE.resolve(".env.example");
    static final List<String> VARIANTS = List.of("axonserver.yml", "postgres.yml");
    static final List<String> SIDES = List.of("command-side-1", "command-side-2", "query-side-1", "query-side-2");

    static final Map<String, Result> RENDERED_WITH_THE_EXAMPLE = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    static Path work;

    @BeforeAll
    static void needsDockerCompose() {
        assumeTrue(dockerCompose().isPresent(), "Skipped: the compose files are validated by Debian's docker-compose "
                + "(apt-get install docker-compose; .ci/run installs it as root); it needs no container engine");
    }

    @Test
    void validates_WhenDockerComposeRendersEachVariantWithTheExampleSettings() throws Exception {
        for (String variant : VARIANTS) {
            Result config = config(variant, ENV_EXAMPLE);
            assertThat(config.exitCode()).as(variant + ": " + config.output()).isZero();
            assertThat(services(config)).as(variant).containsKeys("command-side-1", "command-side-2", "query-side-1",
                    "query-side-2", "gateway", "mongo-1", "mongo-2", "mongo-3", "mongo-init");
        }
    }

    @Test
    void runsAxonServerInOneVariantAndPostgresqlInTheOther() throws Exception {
        Map<String, Map<String, Object>> axon = services(config("axonserver.yml", ENV_EXAMPLE));
        Map<String, Map<String, Object>> postgres = services(config("postgres.yml", ENV_EXAMPLE));

        assertThat(axon).containsKey("axonserver").doesNotContainKey("postgres");
        assertThat(postgres).containsKey("postgres").doesNotContainKey("axonserver");
        // axonserver with mongo: the data keys are documents of the replica set, the same for all four (key-store: mongo)
        assertThat(environment(axon.get("command-side-1"))).containsEntry("SPRING_PROFILES_ACTIVE", "axonserver,mongo")
                .containsEntry("AXONSERVER_SERVERS", "axonserver:8124")
                .containsEntry("REGISTER_MONGO_URI", environment(axon.get("query-side-1")).get("REGISTER_MONGO_URI"));
        assertThat(environment(axon.get("query-side-1"))).containsEntry("SPRING_PROFILES_ACTIVE", "axonserver,mongo");
        assertThat(map(axon.get("command-side-1").get("depends_on"))).containsKey("mongo-init");
        assertThat(environment(postgres.get("command-side-1"))).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsEntry("REGISTER_DB_URL", "jdbc:postgresql://postgres:5432/register");
        assertThat(environment(postgres.get("query-side-1"))).containsEntry("SPRING_PROFILES_ACTIVE", "postgres,mongo");
    }

    @Test
    void givesEveryLongRunningServiceAHealthcheckAndARestartPolicy() throws Exception {
        for (String variant : VARIANTS) {
            for (Map.Entry<String, Map<String, Object>> service : services(config(variant, ENV_EXAMPLE)).entrySet()) {
                Map<String, Object> definition = service.getValue();
                String name = variant + " " + service.getKey();
                if (service.getKey().equals("mongo-init")) {
                    // a job that ends: retried until it succeeds, and waited for by its dependants
                    assertThat(definition.get("restart")).as(name).isEqualTo("on-failure");
                    continue;
                }
                assertThat(definition.get("restart")).as(name).isEqualTo("unless-stopped");
                assertThat(definition).as(name).containsKey("healthcheck");
                assertThat(map(definition.get("healthcheck")).get("test")).as(name).isNotNull();
            }
        }
    }

    @Test
    void startsEachServiceOnlyOnceWhatItNeedsIsHealthy() throws Exception {
        for (String variant : VARIANTS) {
            for (Map.Entry<String, Map<String, Object>> service : services(config(variant, ENV_EXAMPLE)).entrySet()) {
                Object dependsOn = service.getValue().get("depends_on");
                if (dependsOn == null) {
                    continue;
                }
                for (Map.Entry<String, Object> dependency : map(dependsOn).entrySet()) {
                    assertThat(map(dependency.getValue()).get("condition"))
                            .as(variant + " " + service.getKey() + " on " + dependency.getKey())
                            .isIn("service_healthy", "service_completed_successfully");
                }
            }
            Map<String, Map<String, Object>> services = services(config(variant, ENV_EXAMPLE));
            assertThat(map(services.get("gateway").get("depends_on"))).as(variant).containsKeys(SIDES.toArray(String[]::new));
            assertThat(map(services.get("query-side-1").get("depends_on"))).as(variant).containsKey("mongo-init");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildsTheRegistersImagesFromDeployImages_AndRunsThemReadOnlyWithoutPrivileges() throws Exception {
        Path repository = Path.of("..").toRealPath();
        for (String variant : VARIANTS) {
            Map<String, Map<String, Object>> services = services(config(variant, ENV_EXAMPLE));
            for (String side : SIDES) {
                Map<String, Object> build = map(services.get(side).get("build"));
                assertThat(build.get("dockerfile")).as(variant + " " + side).isEqualTo("deploy/images/register-side.Dockerfile");
                assertThat(Path.of((String) build.get("context")).toRealPath()).as(variant + " " + side).isEqualTo(repository);
                assertThat(map(build.get("args")).get("SIDE")).as(variant + " " + side).isEqualTo(side.substring(0, side.lastIndexOf('-')));
            }
            assertThat(map(services.get("gateway").get("build")).get("dockerfile")).isEqualTo("deploy/images/gateway.Dockerfile");
            for (String service : Stream.concat(SIDES.stream(), Stream.of("gateway")).toList()) {
                Map<String, Object> definition = services.get(service);
                assertThat(definition.get("read_only")).as(variant + " " + service).isEqualTo(true);
                assertThat((List<Object>) definition.get("cap_drop")).as(variant + " " + service).containsExactly("ALL");
                assertThat((List<Object>) definition.get("tmpfs")).as(variant + " " + service).isNotEmpty();
            }
            for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
                assertThat(service.getValue().get("privileged")).as(variant + " " + service.getKey()).isNotEqualTo(true);
                assertThat(service.getValue()).as(variant + " " + service.getKey()).doesNotContainKeys("cap_add", "pid", "network_mode");
                assertThat((List<Object>) service.getValue().get("security_opt")).as(variant + " " + service.getKey())
                        .contains("no-new-privileges:true");
            }
        }
    }

    @Test
    void publishesOnlyTheGateway_WhichServesTlsFromAMountedCertificate() throws Exception {
        for (String variant : VARIANTS) {
            Map<String, Map<String, Object>> services = services(config(variant, ENV_EXAMPLE));
            services.forEach((name, definition) -> {
                if (!name.equals("gateway")) {
                    assertThat(definition).as(variant + " " + name).doesNotContainKeys("ports");
                }
            });
            Map<String, Object> gateway = services.get("gateway");
            assertThat(gateway.get("ports").toString()).as(variant).contains("443").contains("8443");
            assertThat(environment(gateway)).as(variant)
                    .containsEntry("GATEWAY_LISTEN", "8443 ssl")
                    .containsEntry("GATEWAY_TLS_CERTIFICATE", "/run/secrets/gateway_certificate")
                    .containsEntry("GATEWAY_TLS_CERTIFICATE_KEY", "/run/secrets/gateway_certificate_key");
            assertThat(environment(gateway).get("COMMAND_SIDE_SERVERS")).as(variant)
                    .contains("server command-side-1:8080;").contains("server command-side-2:8080;");
            assertThat(environment(gateway).get("QUERY_SIDE_SERVERS")).as(variant)
                    .contains("server query-side-1:8080;").contains("server query-side-2:8080;");
        }
    }

    @Test
    void takesTheMasterKeyAndCredentialsFromTheEnvironmentAndMountedFiles_NeverFromTheRepository() throws Exception {
        String staffHash = exampleValue("REGISTER_STAFF_PASSWORD_HASH");
        assertThat(staffHash).startsWith("{bcrypt}$2a$12$");
        for (String variant : VARIANTS) {
            Result config = config(variant, ENV_EXAMPLE);
            Map<String, Map<String, Object>> services = services(config);
            for (String side : SIDES) {
                Map<String, String> environment = environment(services.get(side));
                assertThat(environment).as(variant + " " + side)
                        .containsEntry("REGISTER_CRYPTO_MASTER_KEY_FILE", "/run/secrets/register_master_key")
                        // one sign-in at the gateway for every instance of both sides
                        .containsEntry("REGISTER_CONSOLE_SIGN_IN_KEY_FILE", "/run/secrets/console_sign_in_key")
                        .doesNotContainKey("REGISTER_CRYPTO_MASTER_KEY")
                        // compose's config writes a literal $ as $$: the hash reaches the container as written
                        .containsEntry("REGISTER_SECURITY_USERS_0_PASSWORD", staffHash.replace("$", "$$"))
                        .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native");
            }
            Map<String, Object> secrets = map(yaml(config).get("secrets"));
            Path secretsDirectory = COMPOSE.resolve("secrets").toAbsolutePath().normalize();
            for (Map.Entry<String, Object> secret : secrets.entrySet()) {
                assertThat(Path.of((String) map(secret.getValue()).get("file")).normalize()).as(variant + " " + secret.getKey())
                        .startsWithRaw(secretsDirectory);
            }
            assertThat(secrets).as(variant).containsKeys("register_master_key", "console_sign_in_key", "gateway_certificate",
                    "gateway_certificate_key", "mongo_keyfile");
        }
        assertThat(Files.readString(COMPOSE.resolve(".gitignore"))).contains(".env").contains("secrets/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void connectsTheQuerySideToTheThreeMemberReplicaSet() throws Exception {
        for (String variant : VARIANTS) {
            Map<String, Map<String, Object>> services = services(config(variant, ENV_EXAMPLE));
            assertThat(environment(services.get("query-side-2")).get("REGISTER_MONGO_URI")).as(variant)
                    .startsWith("mongodb://register:replace-me-mongo@mongo-1:27017,mongo-2:27017,mongo-3:27017/register?")
                    .contains("replicaSet=register")
                    // a read meets an unreachable replica set with a 503 after 5 s, not the driver's 30 s
                    .contains("serverSelectionTimeoutMS=5000");
            for (String member : List.of("mongo-1", "mongo-2", "mongo-3")) {
                assertThat(String.join(" ", (List<String>) services.get(member).get("command"))).as(variant + " " + member)
                        .contains("--replSet register").contains("--keyFile");
            }
            assertThat(String.join(" ", (List<String>) services.get("mongo-init").get("command"))).as(variant)
                    .contains("/opt/mongo-init.js");
        }
        assertThat(Files.readString(COMPOSE.resolve("mongo-init.js"))).contains("rs.initiate(").contains("_id: 'register'")
                .contains("mongo-1:27017").contains("mongo-2:27017").contains("mongo-3:27017");
    }

    @Test
    void refusesToRender_WhenASecretIsMissingFromTheEnvironment() throws Exception {
        Path incomplete = work.resolve("incomplete.env");
        Files.write(incomplete, Files.readAllLines(ENV_EXAMPLE).stream()
                .filter(line -> !line.startsWith("POSTGRES_PASSWORD=") && !line.startsWith("AXONSERVER_TOKEN=")).toList());

        Result postgres = config("postgres.yml", incomplete);
        Result axon = config("axonserver.yml", incomplete);

        assertThat(postgres.exitCode()).isNotZero();
        assertThat(postgres.output()).contains("set POSTGRES_PASSWORD in .env");
        assertThat(axon.exitCode()).isNotZero();
        assertThat(axon.output()).contains("set AXONSERVER_TOKEN in .env");
    }

    private static String exampleValue(String name) throws IOException {
        String line = Files.readAllLines(ENV_EXAMPLE).stream().filter(candidate -> candidate.startsWith(name + "="))
                .findFirst().orElseThrow();
        String value = line.substring(name.length() + 1);
        return value.startsWith("'") ? value.substring(1, value.length() - 1) : value;
    }

    record Result(int exitCode, String output, String rendered) {
    }

    /**
     * {@code docker-compose --env-file F -f FILE config} in a clean environment (only PATH and HOME), so the machine's
     * own variables cannot stand in for the example's.
     */
    static Result config(String variant, Path envFile) throws Exception {
        if (envFile.equals(ENV_EXAMPLE)) {
            // each run starts a Python interpreter (about a second): the example's renderings are made once
            Result rendered = RENDERED_WITH_THE_EXAMPLE.get(variant);
            if (rendered == null) {
                rendered = render(variant, envFile);
                RENDERED_WITH_THE_EXAMPLE.put(variant, rendered);
            }
            return rendered;
        }
        return render(variant, envFile);
    }

    private static Result render(String variant, Path envFile) throws Exception {
        Path errors = Files.createTempFile(work, "compose", ".err");
        ProcessBuilder builder = new ProcessBuilder(dockerCompose().orElseThrow().toString(),
                "--env-file", envFile.toAbsolutePath().toString(), "-f", COMPOSE.resolve(variant).toAbsolutePath().toString(),
                "config").redirectError(errors.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().retainAll(List.of("PATH", "HOME", "LANG"));
        Process process = builder.start();
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("docker-compose config did not end within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(errors), rendered);
    }

    static Map<String, Object> yaml(Result config) {
        assertThat(config.exitCode()).as(config.output()).isZero();
        return new Yaml().load(config.rendered());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services(Result config) {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) map(yaml(config).get("services"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) (Map<?, ?>) map(service.get("environment"));
    }

    static Optional<Path> dockerCompose() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "docker-compose"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
