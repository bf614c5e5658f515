package fi.register.deploy.gateway;

import com.sun.net.httpserver.HttpServer;
import fi.register.deploy.gateway.SideEndpoints.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gateway's configuration as nginx reads it: valid ({@code nginx -t}), and every endpoint of each side, read
 * from its controllers, reaches that side through the one base URL, with the public API's paths unchanged. The
 * sides are stand-ins here that only say who they are; the two-JVM test drives the real services through the same
 * configuration.
 */
class GatewayRoutingTest {

    static final String SIDE = "X-Answered-By";

    @TempDir
    static Path prefix;

    static HttpServer commandSide;
    static HttpServer querySide;
    static Gateway gateway;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheGatewayInFrontOfTwoStandIns() throws Exception {
        assumeTrue(Gateway.nginx().isPresent(), Gateway.skippedWithoutNginx());
        commandSide = standIn("command-side");
        querySide = standIn("query-side");
        gateway = Gateway.start(prefix.resolve("gateway"), List.of(commandSide.getAddress().getPort()),
                List.of(querySide.getAddress().getPort()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        for (HttpServer standIn : new HttpServer[] {commandSide, querySide}) {
            if (standIn != null) {
                standIn.stop(0);
            }
        }
    }

    /** Answers every request with its own name, and what the gateway told it about the client. */
    private static HttpServer standIn(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add(SIDE, name);
            exchange.getResponseHeaders().add("X-Seen-Host", String.valueOf(exchange.getRequestHeaders().getFirst("Host")));
            exchange.getResponseHeaders().add("X-Seen-Forwarded-For",
                    String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void validates_WhenNginxChecksTheRenderedTemplate() throws Exception {
        Path checked = prefix.resolve("checked");
        Gateway.Check check = Gateway.check(checked, Gateway.render(checked, Gateway.freePort(), List.of(18081, 18082),
                List.of(18083, 18084)));
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("test is successful");
    }

    @Test
    void routesEveryCommandSideEndpointToTheCommandSide() throws Exception {
        List<Endpoint> endpoints = SideEndpoints.of("fi.register.command");
        assertThat(endpoints).contains(new Endpoint("POST", "/api/customers"), new Endpoint("GET", "/api/retention/due"),
                new Endpoint("GET", "/console/forms/registration"));
        for (Endpoint endpoint : endpoints) {
            assertThat(answeredBy(endpoint)).as(endpoint.toString()).isEqualTo("command-side");
        }
    }

    @Test
    void routesEveryQuerySideEndpointToTheQuerySide() throws Exception {
        List<Endpoint> endpoints = SideEndpoints.of("fi.register.query");
        assertThat(endpoints).contains(new Endpoint("GET", "/api/customers/x1"),
                new Endpoint("POST", "/api/compliance/replay"), new Endpoint("GET", "/console/customers"));
        for (Endpoint endpoint : endpoints) {
            assertThat(answeredBy(endpoint)).as(endpoint.toString()).isEqualTo("query-side");
        }
    }

    @Test
    void routesTheSharedPagesAndDocumentsToTheirOwners() throws Exception {
        // the sign-in, the home page and the style sheet are on both sides; the browser's session is the query side's
        for (String path : List.of("/", "/login", "/logout", "/console/assets/console.css", "/actuator/health",
                "/v3/api-docs/query-side", "/swagger-ui/index.html", "/api/unknown")) {
            assertThat(answeredBy(new Endpoint("GET", path))).as(path).isEqualTo("query-side");
        }
        assertThat(answeredBy(new Endpoint("POST", "/login"))).isEqualTo("query-side");
        assertThat(answeredBy(new Endpoint("GET", "/v3/api-docs/command-side"))).isEqualTo("command-side");
        assertThat(answeredBy(new Endpoint("HEAD", "/api/customers/x1"))).isEqualTo("query-side");
    }

    @Test
    void routesThePublicPrivacyNotice_ToTheQuerySideAsARouteOfItsOwn() throws Exception {
        int linesBefore = gateway.accessLog().size();
        assertThat(answeredBy(new Endpoint("GET", "/privacy-notice?lang=en"))).isEqualTo("query-side");
        assertThat(answeredBy(new Endpoint("GET", "/api/records-of-processing"))).isEqualTo("query-side");
        // nginx writes a request's line just after its answer is sent
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.accessLog().size() >= linesBefore + 2);
        assertThat(gateway.accessLog().subList(linesBefore, linesBefore + 2))
                .anyMatch(line -> line.contains("GET route=notice status=204"))
                .anyMatch(line -> line.contains("GET route=queries status=204"));
    }

    @Test
    void keeps_TheGatewaysAddressAndTheRealClientAddress_WhenForwarding() throws Exception {
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(gateway.base() + "/api/customers/x1"))
                // a client's claim about its address is replaced, so the failed-login throttle counts the real one
                .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.headers().firstValue("X-Seen-Host")).contains(URI.create(gateway.base()).getAuthority());
        assertThat(answer.headers().firstValue("X-Seen-Forwarded-For")).contains("127.0.0.1");
    }

    @Test
    void keeps_NoPathOrQueryInTheAccessLog() throws Exception {
        String searched = "gateway.logs.nothing@example.test";
        int linesBefore = gateway.accessLog().size();
        http.send(HttpRequest.newBuilder(URI.create(gateway.base() + "/api/customers?email=" + searched)).build(),
                HttpResponse.BodyHandlers.discarding());
        String customer = "/api/customers/4b1d0c6e-2f5a-4b8e-9d7c-0a1b2c3d4e5f";
        http.send(HttpRequest.newBuilder(URI.create(gateway.base() + customer)).build(),
                HttpResponse.BodyHandlers.discarding());
        // nginx writes a request's line just after its answer is sent
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.accessLog().size() >= linesBefore + 2);
        assertThat(gateway.accessLog().subList(linesBefore, linesBefore + 2))
                .allMatch(line -> line.contains("GET route=queries status=204"))
                .noneMatch(line -> line.contains(searched) || line.contains("4b1d0c6e") || line.contains("/api"));
    }

    private String answeredBy(Endpoint endpoint) throws Exception {
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(gateway.base() + endpoint.path()))
                .method(endpoint.method(), List.of("GET", "HEAD").contains(endpoint.method())
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).as(endpoint.toString()).isEqualTo(204);
        return answer.headers().firstValue(SIDE).orElse("neither");
    }
}
