package fi.register.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The register jar as a child JVM on a free loopback port, with a data directory of its own, so a run never touches
 * anyone's data and always starts from an empty register. Also starts an idle JVM with the same flags, the floor
 * against which the register's start-up time and memory are read.
 */
final class RegisterProcess implements AutoCloseable {

    private static final java.util.Random PORTS = new java.util.Random();

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private RegisterProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the register; {@link #awaitHealthy} says when it is ready. */
    static RegisterProcess start(Path jar, Path dataDir) {
        return start(jar, dataDir, RegisterLaunch.plain());
    }

    /** @param settings more {@code --name=value} settings for this run only */
    static RegisterProcess start(Path jar, Path dataDir, List<String> settings) {
        return start(jar, dataDir, new RegisterLaunch(List.of(), List.of(), settings));
    }

    /** Starts the register launched as {@code launch} says; the log is appended to, so a restart keeps the first. */
    static RegisterProcess start(Path jar, Path dataDir, RegisterLaunch how) {
        int port = freeLoopbackPort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        List<String> command = new ArrayList<>(how.command(javaExecutable(), jar));
        command.addAll(List.of("--server.port=" + port,
                "--server.address=127.0.0.1", // loopback only: the load never leaves this machine
                "--register.data-dir=" + dataDir));
        command.addAll(how.arguments());
        return new RegisterProcess(launch(command, log), port, log);
    }

    long pid() {
        return process.pid();
    }

    /** A JVM that does nothing but wait: what any Java service costs before it does anything. */
    static RegisterProcess startIdleJvm(Path log) {
        List<String> command = List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                IdleJvm.class.getName());
        return new RegisterProcess(launch(command, log), -1, log);
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    /** Resident memory of the child now, from /proc (Linux only), in MiB. */
    double residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** CPU time the child has used so far, all its threads, in seconds, from /proc (Linux only). */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // after the command name in parentheses: utime and stime are the 12th and 13th fields, in clock ticks
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or an OOM killer would stop it. */
    void killDashNine() {
        process.destroyForcibly();
        try {
            process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM first, so the register shuts down as it would in production; killed only if it does not stop. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Process launch(List<String> command, Path log) {
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(0), e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A free loopback port below the kernel's ephemeral range (32768 and up on Linux): a port the kernel handed out
     * and took back could be handed out again at once, and the register's embedded Mongo server binds such a port
     * while it starts; it once got the register's own HTTP port and was sent the harness's health checks.
     */
    static int freeLoopbackPort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + PORTS.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("No free loopback port between 20000 and 32000"));
    }
}
