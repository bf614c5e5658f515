package fi.register.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * nginx as an operator runs the gateway: {@code deploy/gateway/start-gateway.sh} renders the repository's
 * {@code nginx.conf.template} with envsubst into a prefix directory of the run's own and runs nginx in the foreground.
 * Its configuration is checked first ({@code -t}), so a template nginx refuses fails the run at once.
 */
final class GatewayProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(30);
    /** Debian installs nginx in /usr/sbin, which is not on every user's PATH. */
    private static final String SBIN = "/usr/sbin:/usr/local/sbin";

    private final Process process;
    private final int port;
    private final Path log;

    private GatewayProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static GatewayProcess start(Path script, Path prefix, int commandSidePort, int querySidePort) {
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " is missing: run from the repository's root");
        }
        int port = RegisterProcess.freeLoopbackPort();
        Map<String, String> environment = Map.of(
                "GATEWAY_PREFIX", prefix.toAbsolutePath().toString(),
                "GATEWAY_LISTEN", "127.0.0.1:" + port,
                "COMMAND_SIDE_SERVERS", "server 127.0.0.1:" + commandSidePort + ";",
                "QUERY_SIDE_SERVERS", "server 127.0.0.1:" + querySidePort + ";");
        Path log = prefix.resolveSibling(prefix.getFileName() + ".log");
        try {
            Files.createDirectories(prefix);
            Process check = launch(script, environment, log, "-t");
            if (!check.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS) || check.exitValue() != 0) {
                check.destroyForcibly();
                throw new IllegalStateException("nginx -t refused the gateway's configuration; see " + log);
            }
            GatewayProcess gateway = new GatewayProcess(launch(script, environment, log), port, log);
            gateway.awaitListening();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the gateway", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the gateway", e);
        }
    }

    private static Process launch(Path script, Map<String, String> environment, Path log, String... nginxOptions)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(nginxOptions));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().merge("PATH", SBIN, (path, sbin) -> path + ":" + sbin);
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped during start-up; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                LoadHarness.sleep(50);
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen within " + START_LIMIT + "; see " + log);
    }

    int port() {
        return port;
    }

    /** SIGTERM to nginx itself (the script exec'd it): its fast shutdown, which ends its worker too. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
