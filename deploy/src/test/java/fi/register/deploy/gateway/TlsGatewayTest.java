package fi.register.deploy.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * TLS at the gateway as the compose files run it: {@code deploy/gateway/start-gateway.sh} renders
 * {@code nginx.conf.template} (the routing, defined once) and {@code tls.conf.template}, then runs the system's nginx,
 * here in front of two stand-ins, with a self-signed certificate openssl makes for the test. Skipped, saying so,
 * without nginx, envsubst or openssl.
 */
class TlsGatewayTest {

    static final Path START = Path.of("gateway", "start-gateway.sh");
    static final String SIDE = "X-Answered-By";

    @TempDir
    static Path work;
    static Path certificate;
    static Path key;
    static HttpServer commandSide;
    static HttpServer querySide;
    static Process gateway;
    static int port;
    static HttpClient https;

    @BeforeAll
    static void startTheTlsGatewayInFrontOfTwoStandIns() throws Exception {
        assumeTrue(Gateway.nginx().isPresent(), Gateway.skippedWithoutNginx());
        assumeTrue(onPath("envsubst").isPresent() && onPath("openssl").isPresent(), "Skipped: TLS at the gateway is "
                + "rendered by envsubst and tested with a certificate openssl makes (apt-get install gettext-base openssl)");
        certificate = work.resolve("gateway.crt");
        key = work.resolve("gateway.key");
        Result made = run(List.of(onPath("openssl").orElseThrow().toString(), "req", "-x509", "-newkey", "rsa:2048",
                "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", key.toString(), "-out", certificate.toString()), Map.of());
        assertThat(made.exitCode()).as(made.output()).isZero();

        commandSide = standIn("command-side");
        querySide = standIn("query-side");
        port = Gateway.freePort();
        gateway = startGateway(work.resolve("running"), "127.0.0.1:" + port + " ssl").start();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(TlsGatewayTest::listening);
        https = HttpClient.newBuilder().sslContext(trusting(certificate)).build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null && gateway.isAlive()) {
            gateway.destroy();
            if (!gateway.waitFor(10, TimeUnit.SECONDS)) {
                gateway.destroyForcibly();
            }
        }
        for (HttpServer standIn : new HttpServer[] {commandSide, querySide}) {
            if (standIn != null) {
                standIn.stop(0);
            }
        }
    }

    @Test
    void validates_WhenNginxChecksTheTlsConfigurationTheScriptRenders() throws Exception {
        Path prefix = work.resolve("checked");
        Result check = run(startGateway(prefix, "127.0.0.1:" + Gateway.freePort() + " ssl"), "-t");

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("test is successful");
        assertThat(Files.readString(prefix.resolve("tls.d").resolve("tls.conf")))
                .contains("ssl_certificate     " + certificate.toAbsolutePath() + ";")
                .contains("ssl_protocols TLSv1.2 TLSv1.3;");
    }

    @Test
    void routesReadsToTheQuerySideAndCommandsToTheCommandSide_OverTls() throws Exception {
        HttpResponse<String> read = https.send(request("/api/customers/x1").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> command = https.send(request("/api/customers")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(read.headers().firstValue(SIDE)).contains("query-side");
        assertThat(command.headers().firstValue(SIDE)).contains("command-side");
        // the sides learn the request came over TLS (Tomcat then marks the console's cookie Secure)
        assertThat(read.headers().firstValue("X-Seen-Forwarded-Proto")).contains("https");
        assertThat(command.headers().firstValue("X-Seen-Forwarded-Proto")).contains("https");
        assertThat(read.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void refusesToStart_WhenACertificateIsGivenButTheGatewayListensWithoutSsl() throws Exception {
        Result refused = run(startGateway(work.resolve("refused"), "127.0.0.1:" + Gateway.freePort()), "-t");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.output()).contains("does not say ssl");
    }

    /** start-gateway.sh with the compose files' variables, the certificate, and its own prefix directory. */
    private static ProcessBuilder startGateway(Path prefix, String listen) {
        ProcessBuilder builder = new ProcessBuilder("sh", START.toAbsolutePath().toString())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        // Debian's nginx is in /usr/sbin, which is not on every user's PATH
        environment.put("PATH", Gateway.nginx().orElseThrow().getParent() + ":" + System.getenv().getOrDefault("PATH", ""));
        environment.put("GATEWAY_PREFIX", prefix.toAbsolutePath().toString());
        environment.put("GATEWAY_LISTEN", listen);
        environment.put("COMMAND_SIDE_SERVERS", "server 127.0.0.1:" + commandSide.getAddress().getPort() + ";");
        environment.put("QUERY_SIDE_SERVERS", "server 127.0.0.1:" + querySide.getAddress().getPort() + ";");
        environment.put("GATEWAY_TLS_CERTIFICATE", certificate.toAbsolutePath().toString());
        environment.put("GATEWAY_TLS_CERTIFICATE_KEY", key.toAbsolutePath().toString());
        if (prefix.endsWith("running")) {
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("nginx-output.log").toFile()));
        }
        return builder;
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    /** Trusts the test's self-signed certificate only. */
    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("gateway", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** Answers every request with its own name and the scheme the gateway forwarded. */
    private static HttpServer standIn(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add(SIDE, name);
            exchange.getResponseHeaders().add("X-Seen-Forwarded-Proto",
                    String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto")));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static boolean listening() {
        if (!gateway.isAlive()) {
            throw new IllegalStateException("start-gateway.sh exited during start-up: see nginx-output.log");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    record Result(int exitCode, String output) {
    }

    /** The script with nginx's arguments appended ("-t"). */
    private static Result run(ProcessBuilder builder, String... nginxArguments) throws Exception {
        builder.command(Stream.concat(builder.command().stream(), Stream.of(nginxArguments)).toList());
        return outcome(builder);
    }

    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return outcome(builder);
    }

    private static Result outcome(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not end within 30 s: " + builder.command());
        }
        return new Result(process.exitValue(), output);
    }
}
