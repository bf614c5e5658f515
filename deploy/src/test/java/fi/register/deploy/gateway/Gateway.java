package fi.register.deploy.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The gateway of {@code deploy/gateway/nginx.conf.template}, rendered for given instances and run by the system's
 * nginx as a child process of the test: its own prefix directory (pid file, temporary files, access log), a free
 * port on the loopback, in the foreground ({@code daemon off}), never as the system's service.
 */
final class Gateway implements AutoCloseable {

    static final Path TEMPLATE = Path.of("gateway", "nginx.conf.template");
    static final String ACCESS_LOG = "access.log";

    private final Process process;
    private final Path prefix;
    private final int port;

    private Gateway(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    /** Debian installs nginx in /usr/sbin, which is not on every user's PATH. */
    static Optional<Path> nginx() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/sbin", "/usr/local/sbin"))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "nginx"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static String skippedWithoutNginx() {
        return "Skipped: the gateway's tests need Debian's nginx (apt-get install nginx; .ci/run installs it as root)";
    }

    /** The template with its three variables replaced, as envsubst renders it for an operator. */
    static Path render(Path prefix, int listenPort, List<Integer> commandSidePorts, List<Integer> querySidePorts)
            throws IOException {
        Map<String, String> variables = Map.of(
                "GATEWAY_LISTEN", "127.0.0.1:" + listenPort,
                "COMMAND_SIDE_SERVERS", servers(commandSidePorts),
                "QUERY_SIDE_SERVERS", servers(querySidePorts));
        String configuration = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            configuration = configuration.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        Files.createDirectories(prefix);
        return Files.writeString(prefix.resolve("nginx.conf"), configuration, StandardCharsets.UTF_8);
    }

    private static String servers(List<Integer> ports) {
        return ports.stream().map(port -> "server 127.0.0.1:" + port + ";").collect(Collectors.joining(" "));
    }

    /** {@code nginx -t}: the exit code and what nginx said. */
    static Check check(Path prefix, Path configuration) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(nginxCommand(prefix, configuration, "-t"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("nginx -t did not end within 30 s");
        }
        return new Check(process.exitValue(), output);
    }

    record Check(int exitCode, String output) {
    }

    static Gateway start(Path prefix, List<Integer> commandSidePorts, List<Integer> querySidePorts)
            throws IOException, InterruptedException {
        int port = freePort();
        Path configuration = render(prefix, port, commandSidePorts, querySidePorts);
        Check check = check(prefix, configuration);
        if (check.exitCode() != 0) {
            throw new IllegalStateException("nginx -t refused the gateway's configuration: " + check.output());
        }
        Process process = new ProcessBuilder(nginxCommand(prefix, configuration, "-g", "daemon off;"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("nginx-output.log").toFile()))
                .start();
        Gateway gateway = new Gateway(process, prefix, port);
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(gateway::listening);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return gateway;
    }

    private static List<String> nginxCommand(Path prefix, Path configuration, String... options) {
        List<String> command = new ArrayList<>(List.of(nginx().orElseThrow().toString(),
                // before the configuration is read nginx opens its compiled-in error log; stderr instead
                "-e", "stderr", "-p", prefix.toAbsolutePath() + "/", "-c", configuration.toAbsolutePath().toString()));
        command.addAll(List.of(options));
        return command;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    List<String> accessLog() throws IOException {
        Path log = prefix.resolve(ACCESS_LOG);
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("nginx exited during start-up: see nginx-output.log");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM: nginx's fast shutdown, which also ends its worker. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
