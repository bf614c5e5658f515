package fi.register.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.query.mongo.ViewsCaughtUp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;

/** The embedded register started as `java -jar register.jar` would start it, spoken to over real HTTP. */
final class RunningRegister implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private RunningRegister(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        // every start rebuilds the views; a test reads them once they are whole, however loaded the machine is
        context.getBeanProvider(ViewsCaughtUp.class).ifAvailable(views -> org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(3)).until(views::reached));
    }

    static RunningRegister start(Path dataDir) {
        return new RunningRegister(new SpringApplicationBuilder(RegisterApplication.class)
                .properties("spring.config.name=" + RegisterApplication.CONFIG_NAMES)
                .run("--server.port=0", "--register.data-dir=" + dataDir));
    }

    /** Started with the given clock as the register's (both sides take it instead of their own) and extra arguments. */
    static RunningRegister start(Path dataDir, Clock clock, String... arguments) {
        return started(new SpringApplicationBuilder(RegisterApplication.class)
                .properties("spring.config.name=" + RegisterApplication.CONFIG_NAMES), dataDir, clock, arguments);
    }

    /** Any application of the register (one side alone, too) started on a random port. */
    static RunningRegister started(SpringApplicationBuilder application, Path dataDir, Clock clock, String... arguments) {
        String[] all = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("--server.port=0", "--register.data-dir=" + dataDir),
                java.util.Arrays.stream(arguments)).toArray(String[]::new);
        return new RunningRegister(application
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(all));
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    ApplicationContext context() {
        return context;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Response send(String user, String method, String path, String body) throws IOException, InterruptedException {
        return send(user, method, path, body, java.util.Map.of());
    }

    /** With extra request headers; the answer keeps its headers. */
    Response send(String user, String method, String path, String body, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        headers.forEach(request::setHeader); // may replace the Content-Type (a merge patch)
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    @Override
    public void close() {
        context.close();
    }

    record Response(int status, String body, java.net.http.HttpHeaders headers) {

        Response(int status, String body) {
            this(status, body, java.net.http.HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
        }

        java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
