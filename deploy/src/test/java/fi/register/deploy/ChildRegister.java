package fi.register.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The one-JVM register as a child process of the test, started from the test's own class path, so a test can kill
 * it as the operating system would ({@code kill -9}: no shutdown hook, nothing flushed) and start it again on the
 * same data directory. Its output goes to a file in the data directory, never to the test's output.
 */
final class ChildRegister implements AutoCloseable {

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildRegister(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    static ChildRegister start(Path dataDir, String... arguments) throws IOException {
        return start(dataDir, RegisterApplication.class, List.of(), arguments);
    }

    /**
     * @param mainClass  {@link RegisterApplication}, or a test's launcher of it with hooks (see {@link ErasureCrash})
     * @param jvmOptions such as the system property that chooses what a test's hook does
     */
    static ChildRegister start(Path dataDir, Class<?> mainClass, List<String> jvmOptions, String... arguments)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName(),
                "--server.port=" + port, "--register.data-dir=" + dataDir));
        command.addAll(List.of(arguments));
        Files.createDirectories(dataDir);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("child-output.log").toFile()))
                .start();
        ChildRegister register = new ChildRegister(process, port);
        try {
            // generous: on a shared two-core machine under load a start can take minutes
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(200)).until(register::healthy);
        } catch (RuntimeException e) {
            process.destroyForcibly(); // never leave a child behind that nobody will close
            throw e;
        }
        return register;
    }

    /** SIGKILL: the process gets no chance to flush, close or run a shutdown hook. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end by itself (a crash the test provoked) and gives its exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the register did not end within a minute");
        }
        return process.exitValue();
    }

    int send(String user, String method, String path, String body) throws IOException, InterruptedException {
        return exchange(user, method, path, body).statusCode();
    }

    HttpResponse<String> exchange(String user, String method, String path, String body)
            throws IOException, InterruptedException {
        return exchange(user, method, path, body, java.util.Map.of());
    }

    HttpResponse<String> exchange(String user, String method, String path, String body,
                                  java.util.Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the register exited during start-up: see child-output.log");
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
