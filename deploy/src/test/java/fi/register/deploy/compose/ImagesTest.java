package fi.register.deploy.compose;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The image definitions in {@code deploy/images}, read as files (no container engine runs here: the images are never
 * built in the tests), and their health probe run against stand-ins.
 */
class ImagesTest {

    static final Path IMAGES = Path.of("images");
    static final Path REPOSITORY = Path.of("..");
    static final List<Path> DOCKERFILES = List.of(IMAGES.resolve("register-side.Dockerfile"),
            IMAGES.resolve("gateway.Dockerfile"));

    @Test
    void runsAsAUserThatIsNotRoot_InEveryImage() throws IOException {
        for (Path dockerfile : DOCKERFILES) {
            List<String> users = instructions(dockerfile, "USER");
            assertThat(users).as(dockerfile + " declares a USER").isNotEmpty();
            String user = users.get(users.size() - 1).split(":")[0];
            assertThat(user).as(dockerfile + "'s last USER").isNotIn("root", "0");
        }
    }

    @Test
    void declaresAHealthcheck_InEveryImage() throws IOException {
        for (Path dockerfile : DOCKERFILES) {
            assertThat(instructions(dockerfile, "HEALTHCHECK")).as(dockerfile.toString())
                    .singleElement().asString().contains("CMD").doesNotContain("NONE");
        }
    }

    @Test
    void pinsEveryBaseImageToAVersion() throws IOException {
        for (Path dockerfile : DOCKERFILES) {
            for (String from : instructions(dockerfile, "FROM")) {
                String image = from.split("\\s+")[0];
                assertThat(image).as(dockerfile + ": " + from).matches(".+:[^:]*\\d+\\.\\d+[^:]*").doesNotContain("latest");
            }
        }
        assertThat(instructions(DOCKERFILES.get(0), "FROM")).singleElement().asString()
                .startsWith("eclipse-temurin:17.").contains("-jre");
    }

    @Test
    void buildsEachSideFromItsExecJar_AndTakesJvmOptionsFromTheEnvironment() throws IOException {
        Path dockerfile = DOCKERFILES.get(0);
        assertThat(instructions(dockerfile, "COPY"))
                .contains("${SIDE}/target/${SIDE}-*-exec.jar /opt/register/register.jar");
        for (String side : List.of("command-side", "query-side")) {
            assertThat(Files.readString(REPOSITORY.resolve(side).resolve("pom.xml")))
                    .as(side + " builds the exec jar the image copies").contains("<classifier>exec</classifier>");
        }
        assertThat(instructions(dockerfile, "ENTRYPOINT")).singleElement().asString()
                .contains("exec java $JAVA_OPTS -jar /opt/register/register.jar");
    }

    /** The images are built from the repository's root, whose .dockerignore sends the engine only what they copy. */
    @Test
    void sendsTheEngineEveryFileTheImagesCopy() throws IOException {
        List<String> kept = Files.readAllLines(REPOSITORY.resolve(".dockerignore")).stream()
                .filter(line -> line.startsWith("!")).map(line -> line.substring(1)).toList();
        for (Path dockerfile : DOCKERFILES) {
            for (String copy : instructions(dockerfile, "COPY")) {
                String[] parts = copy.split("\\s+");
                for (int source = 0; source < parts.length - 1; source++) {
                    for (String side : List.of("command-side", "query-side")) {
                        String glob = parts[source].replace("${SIDE}", side).replace("*", "");
                        assertThat(kept).as(dockerfile + " copies " + parts[source])
                                .anyMatch(pattern -> pattern.replace("*", "").equals(glob));
                    }
                }
            }
        }
    }

    @Test
    void succeeds_WhenTheHealthEndpointAnswers200() throws Exception {
        assumeBash();
        HttpServer health = healthEndpoint(200);
        try {
            assertThat(probe("http://127.0.0.1:" + health.getAddress().getPort() + "/actuator/health")).isZero();
        } finally {
            health.stop(0);
        }
    }

    @Test
    void fails_WhenTheHealthEndpointAnswers503() throws Exception {
        assumeBash();
        HttpServer health = healthEndpoint(503);
        try {
            assertThat(probe("http://127.0.0.1:" + health.getAddress().getPort() + "/actuator/health")).isEqualTo(1);
        } finally {
            health.stop(0);
        }
    }

    @Test
    void fails_WhenNothingListens() throws Exception {
        assumeBash();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(probe("http://127.0.0.1:" + closed + "/actuator/health")).isNotZero();
    }

    private static void assumeBash() {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "Skipped: the images' health probe is a bash script");
    }

    private static HttpServer healthEndpoint(int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = (status == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int probe(String url) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", IMAGES.resolve("health-probe.sh").toString())
                .redirectErrorStream(true);
        builder.environment().put("HEALTH_PROBE_URL", url);
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the health probe did not end within 30 s");
        }
        return process.exitValue();
    }

    /** The arguments of every instruction of a kind, continuation lines joined and options (--x=y) dropped. */
    static List<String> instructions(Path dockerfile, String kind) throws IOException {
        String joined = Files.readString(dockerfile).replaceAll("\\\\\\n", " ");
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^" + kind + "\\s+(.*)$").matcher(joined);
        while (matcher.find()) {
            found.add(matcher.group(1).replaceAll("--[a-z-]+=\\S+\\s+", "").trim());
        }
        return found;
    }
}
