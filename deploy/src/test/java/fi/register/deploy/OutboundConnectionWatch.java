package fi.register.deploy;

import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Permission;
import java.util.Map;

/**
 * Test code only: the one-JVM register with a security manager that refuses, and writes down, every attempt to reach
 * or even look up a host other than this machine's loopback, before any of the register's classes load. The child
 * must be started with {@code -Djava.security.manager=allow} (Java 17 refuses to install one otherwise).
 * <p>
 * It makes one attempt of its own first, to a documentation address (RFC 5737), so a watch that sees nothing can be
 * told from a watch that is blind.
 */
public class OutboundConnectionWatch extends SecurityManager {

    static final String LOG = "outbound-attempts.log";
    static final String CONTROL_HOST = "192.0.2.1";

    /** What follows an attempt in the log: the first frames outside the JDK that made it, for whoever must fix it. */
    static final String WHO_ASKED = " from ";

    private final Path log;
    private final String localHostName;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    private OutboundConnectionWatch(Path log) throws UnknownHostException {
        this.log = log;
        this.localHostName = InetAddress.getLocalHost().getHostName();
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(argument(args, "--register.data-dir="));
        Files.createDirectories(dataDir);
        System.setSecurityManager(new OutboundConnectionWatch(dataDir.resolve(LOG)));
        try (Socket control = new Socket()) {
            control.connect(new InetSocketAddress(InetAddress.getByName(CONTROL_HOST), 9), 1_000);
        } catch (SecurityException | IOException refused) {
            // refused by the watch, which wrote it down
        }
        SpringApplication application = new SpringApplication(RegisterApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", RegisterApplication.CONFIG_NAMES));
        application.run(args);
    }

    @Override
    public void checkConnect(String host, int port) {
        if (inside.get()) {
            return;
        }
        inside.set(true);
        try {
            if (!isThisMachine(host)) {
                record(host + (port == -1 ? " (name look-up)" : ":" + port) + WHO_ASKED + caller());
                throw new SecurityException("No outbound connection: " + host);
            }
        } finally {
            inside.set(false);
        }
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        checkConnect(host, port);
    }

    @Override
    public void checkPermission(Permission permission) {
        // everything else is allowed: the watch is about the network only
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        // as above
    }

    /** Names are judged without being looked up: a look-up of another host is itself the traffic refused here. */
    private boolean isThisMachine(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost") || bare.equalsIgnoreCase(localHostName)) {
            return true;
        }
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return false;
        }
        try {
            InetAddress literal = InetAddress.getByName(bare); // an address literal: parsed, not looked up
            // an address of this machine's own interfaces counts too: Tomcat wakes its acceptor at shutdown that way
            return literal.isLoopbackAddress() || literal.isAnyLocalAddress()
                    || NetworkInterface.getByInetAddress(literal) != null;
        } catch (IOException malformed) {
            return false;
        }
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(frame -> frame.getClassName() + "." + frame.getMethodName())
                .filter(frame -> !frame.startsWith("java.") && !frame.startsWith("sun.") && !frame.startsWith("jdk.")
                        && !frame.startsWith(OutboundConnectionWatch.class.getName()))
                .limit(4)
                .toList()).toString();
    }

    private void record(String attempt) {
        try {
            Files.writeString(log, attempt + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String argument(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("Missing " + prefix);
    }
}
