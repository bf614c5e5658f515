package fi.register.deploy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sent is never written back in a refusal, on a real server (where errors go through the servlet
 * container's error dispatch): not the path of a 401, 403 or 404, not an unknown property's name. It may be
 * personal, a name typed into a URL, a code pasted as a key, and a refusal goes to whoever asked, authenticated or
 * not. No malformed request is answered with a 500 (issue 10).
 */
class NothingRefusedIsEchoedTest {

    private static final String SECRET = "MaijaMeikalainen";

    @TempDir
    static Path dataDir;

    static RunningRegister register;

    @BeforeAll
    static void start() {
        register = RunningRegister.start(dataDir);
    }

    @AfterAll
    static void stop() {
        register.close();
    }

    private static void assertRefusedWithoutEcho(RunningRegister.Response response, int... statuses) {
        assertThat(response.status()).isIn(box(statuses));
        assertThat(response.body()).doesNotContain(SECRET);
    }

    private static Integer[] box(int... statuses) {
        return java.util.Arrays.stream(statuses).boxed().toArray(Integer[]::new);
    }

    @Test
    void rejects_WhenUnauthenticated_WithoutEchoingThePath() throws Exception {
        assertRefusedWithoutEcho(register.send(null, "GET", "/api/customers/" + SECRET, null), 401);
        assertRefusedWithoutEcho(register.send(null, "GET", "/" + SECRET, null), 401);
    }

    @Test
    void rejects_WhenForbidden_WithoutEchoingThePath() throws Exception {
        assertRefusedWithoutEcho(register.send("management", "POST", "/api/customers/" + SECRET + "/erasure", null), 403);
    }

    @Test
    void rejects_WhenNothingIsThere_WithoutEchoingThePath() throws Exception {
        assertRefusedWithoutEcho(register.send("staff", "GET", "/api/" + SECRET, null), 403, 404);
        assertRefusedWithoutEcho(register.send("staff", "GET", "/" + SECRET, null), 404);
    }

    @Test
    void rejects_WhenAPropertyIsUnknown_WithoutEchoingItsName() throws Exception {
        RunningRegister.Response response = register.send("staff", "POST", "/api/customers", "{\"" + SECRET + "\":1}");
        assertRefusedWithoutEcho(response, 400);
        assertThat(response.body()).contains("unknown-property");
    }

    @Test
    void rejects_WhenTheErrorPageIsAskedForDirectly_WithA4xx() throws Exception {
        assertRefusedWithoutEcho(register.send("staff", "GET", "/error", null), 404);
    }

    @Test
    void rejects_WhenTheContentTypeIsAWildcard_WithA4xx() throws Exception {
        assertThat(raw("staff", "POST /api/customers HTTP/1.1", "*/*", "{}")).startsWith("HTTP/1.1 415");
    }

    @Test
    void rejects_WhenAQueryEscapeIsMalformed_WithA400() throws Exception {
        assertThat(raw("staff", "GET /api/customers?email=%E0%A4%A HTTP/1.1", null, null)).startsWith("HTTP/1.1 400");
        assertThat(raw("dpo", "GET /api/retention/due?before=%zz HTTP/1.1", null, null)).startsWith("HTTP/1.1 400");
    }

    /** A request as a client may send it, which an HTTP client library would refuse to build. */
    private static String raw(String user, String requestLine, String contentType, String body) throws IOException {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n")
                .append("Authorization: Basic ").append(basic).append("\r\n");
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket("localhost", register.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
