package fi.register.deploy.gateway;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * One side of the register as its own process, started by its own main class (as its exec jar starts it) from the
 * test's class path without the other side's classes and without the one-JVM register's: what a separate host runs.
 * Its output goes to a file in its data directory, never to the test's output.
 */
final class ChildSide implements AutoCloseable {

    private final List<String> command;
    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildSide(List<String> command, Process process, int port, Path log) {
        this.command = command;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param mainClass  the side's application class, or a test's launcher of it
     * @param otherSide  the other side's module directory, whose classes this process must not see
     * @param jvmOptions such as the system property a test's launcher reads
     */
    static ChildSide launch(Class<?> mainClass, String otherSide, List<String> jvmOptions, Path dataDir,
                            List<String> arguments) throws IOException {
        int port = Gateway.freePort();
        // nor the one-JVM register's classes; the tests' own classes stay, for a test's launcher
        List<String> hidden = List.of(File.separator + otherSide + File.separator,
                String.join(File.separator, "", "deploy", "target", "classes"));
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> hidden.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass.getName(),
                "--server.port=" + port, "--register.data-dir=" + dataDir));
        command.addAll(arguments);
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("child-output.log");
        return new ChildSide(command, start(command, log), port, log);
    }

    private static Process start(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /**
     * {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux, so the side gets no chance to finish
     * a batch, save a token or close a connection. Returns once the process is gone.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * The same side started again after it was stopped: the same command, so the same port (the gateway's upstream),
     * data directory and settings, its output appended to the same file.
     */
    ChildSide relaunched() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("relaunching a side that still runs");
        }
        return new ChildSide(command, start(command, log), port, log);
    }

    /** Waits until the side answers its health check (both sides start at once; this waits for one). */
    ChildSide awaitHealthy() {
        try {
            // generous: on a shared two-core machine under load a start can take minutes
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(250)).until(this::healthy);
        } catch (RuntimeException e) {
            process.destroyForcibly(); // never leave a child behind that nobody will close
            throw e;
        }
        return this;
    }

    int port() {
        return port;
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new IllegalStateException("a side exited during start-up: see " + log);
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
