package fi.register.benchmarks.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP to the child register, on the loopback address only, as one of the demo users. */
final class RegisterClient {

    static final String STAFF = "staff";
    static final String DPO = "dpo";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    /** Null: each user's password is its name, as the embedded default's demo users have it. */
    private final String password;

    RegisterClient(int port) {
        this(port, null);
    }

    /** @param password every user's, for a register that refuses the demo users (GatewayLoad's split deployment) */
    RegisterClient(int port, String password) {
        this.base = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
        this.password = password;
    }

    /** The demo users' password equals their name (embedded default only). */
    HttpResponse<String> send(String user, String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .method(method, jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + (password == null ? user : password)).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + path, e);
        }
    }

    /** Unauthenticated. */
    HttpResponse<String> get(String path) {
        return send(null, "GET", path, null);
    }

    boolean isHealthy() {
        try {
            HttpResponse<String> response = get("/actuator/health");
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IllegalStateException notYetListening) {
            return false;
        }
    }
}
