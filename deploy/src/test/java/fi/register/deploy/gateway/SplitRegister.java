package fi.register.deploy.gateway;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.register.command.CommandSideApplication;
import fi.register.crypto.MasterKey;
import fi.register.query.QuerySideApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The production shape on one machine: command-side and query-side instances as separate JVMs on one PostgreSQL
 * (events, the command side's tables, the data keys), the views in a MongoDB-wire server, and nginx with
 * {@code deploy/gateway/nginx.conf.template} in front; requests only through the gateway's one base URL.
 */
final class SplitRegister implements AutoCloseable {

    static final String PASSWORD = "a-long-test-only-passphrase";

    private final List<AutoCloseable> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ChildSide> commandSides = new ArrayList<>();
    private ChildSide querySide;
    private Gateway gateway;
    private String viewsUri;

    private SplitRegister() {
    }

    /** One command side and one query side. */
    static SplitRegister start(Path work) throws Exception {
        return start(work, 1, CommandSideApplication.class, List.of());
    }

    /**
     * @param commandSideInstances how many command-side JVMs (one query side)
     * @param commandSideMain      {@link CommandSideApplication}, or a test's launcher of it
     * @param commandSideOptions   JVM options of every command-side instance
     * @param commandSideSettings  settings of every command-side instance beyond the shared ones
     */
    static SplitRegister start(Path work, int commandSideInstances, Class<?> commandSideMain,
                               List<String> commandSideOptions, String... commandSideSettings) throws Exception {
        SplitRegister register = new SplitRegister();
        try {
            register.startAll(work, commandSideInstances, commandSideMain, commandSideOptions,
                    List.of(commandSideSettings));
        } catch (Exception | Error e) {
            register.close();
            throw e;
        }
        return register;
    }

    private void startAll(Path work, int commandSideInstances, Class<?> commandSideMain, List<String> commandSideOptions,
                          List<String> commandSideSettings) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        started.add(postgres);
        MongoServer views = new MongoServer(new MemoryBackend());
        started.add(views::shutdownNow);
        views.bind("127.0.0.1", 0);

        List<String> shared = sharedSettings(work, postgres);
        for (int instance = 1; instance <= commandSideInstances; instance++) {
            List<String> settings = new ArrayList<>(shared);
            settings.add("--spring.profiles.active=postgres");
            settings.addAll(commandSideSettings);
            ChildSide commandSide = ChildSide.launch(commandSideMain, "query-side", commandSideOptions,
                    work.resolve("command-side-" + instance), settings);
            started.add(commandSide);
            commandSides.add(commandSide);
            if (instance == 1) {
                // on a new database the first instance creates the tables (Hibernate's ddl-auto: update); two
                // processes creating them at once can collide, so the others start once it is up
                commandSide.awaitHealthy();
            }
        }
        List<String> settings = new ArrayList<>(shared);
        settings.add("--spring.profiles.active=postgres,mongo");
        viewsUri = "mongodb://127.0.0.1:" + views.getLocalAddress().getPort();
        settings.add("--register.mongo.uri=" + viewsUri);
        querySide = ChildSide.launch(QuerySideApplication.class, "command-side", List.of(),
                work.resolve("query-side"), settings);
        started.add(querySide);
        // the others start at once; then wait for each
        commandSides.forEach(ChildSide::awaitHealthy);
        querySide.awaitHealthy();

        gateway = Gateway.start(work.resolve("gateway"), commandSides.stream().map(ChildSide::port).toList(),
                List.of(querySide.port()));
        started.add(gateway);
    }

    /** A test's own key, 32 bytes: a real deployment takes one from its secrets (REGISTER_CONSOLE_SIGN_IN_KEY). */
    private static final String CONSOLE_SIGN_IN_KEY = java.util.Base64.getEncoder()
            .encodeToString("split-register-test-sign-in-key!".getBytes(StandardCharsets.US_ASCII));

    /** What every instance reads alike: one database, one master key, the same users; and the gateway trusted. */
    static List<String> sharedSettings(Path work, EmbeddedPostgres postgres) {
        Path masterKey = work.resolve("secrets").resolve("master.key");
        MasterKey.generateInto(masterKey);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        return List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                // the data keys are rows of the event store's database (key-store: database): the master key that
                // wraps them is the one secret every instance needs, read from one file on this one machine
                "--register.crypto.master-key-file=" + masterKey,
                "--register.security.users[0].name=staff",
                "--register.security.users[0].password=" + hash,
                "--register.security.users[0].roles[0]=STAFF",
                "--register.security.users[1].name=dpo",
                "--register.security.users[1].password=" + hash,
                "--register.security.users[1].roles[0]=DPO",
                "--server.forward-headers-strategy=native",
                // one key seals the console's sign-in for every instance of both sides
                "--register.console.sign-in-key=" + CONSOLE_SIGN_IN_KEY);
    }

    HttpResponse<String> send(String user, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.base() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String base() {
        return gateway.base();
    }

    /** A browser at the gateway's address, not signed in. */
    ConsoleBrowser browser() {
        return new ConsoleBrowser(gateway.base());
    }

    /** The upstream address as the gateway's access log names it. */
    List<String> commandSideUpstreams() {
        return commandSides.stream().map(side -> "upstream=127.0.0.1:" + side.port()).toList();
    }

    String querySideUpstream() {
        return "upstream=127.0.0.1:" + querySide.port();
    }

    List<String> accessLog() throws IOException {
        return gateway.accessLog();
    }

    /** The MongoDB-wire server holding the query side's views and tokens, for a test to read them directly. */
    String viewsUri() {
        return viewsUri;
    }

    /** {@code kill -9} of the query side; the command side, the databases and the gateway keep running. */
    void killQuerySide() throws InterruptedException {
        querySide.kill();
    }

    /**
     * The killed query side started again as an operator's restart policy would: the same settings on the same views
     * store and database, the same port behind the gateway. Returns once it answers its health check.
     */
    void restartQuerySide() throws IOException {
        querySide = querySide.relaunched();
        started.add(querySide);
        querySide.awaitHealthy();
    }

    /** {@code kill -9} of the (first) command side; the query side, the databases and the gateway keep running. */
    void killCommandSide() throws InterruptedException {
        commandSides.get(0).kill();
    }

    /** The killed command side started again on the same database and port, as a restart policy would. */
    void restartCommandSide() throws IOException {
        ChildSide restarted = commandSides.get(0).relaunched();
        commandSides.set(0, restarted);
        started.add(restarted);
        restarted.awaitHealthy();
    }

    /** The gateway first, the database last: what was started, in reverse. */
    @Override
    public void close() throws Exception {
        Exception first = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
