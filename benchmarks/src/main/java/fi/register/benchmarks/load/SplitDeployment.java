package fi.register.benchmarks.load;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.register.crypto.MasterKey;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Issue 13's production shape on loopback: PostgreSQL with fsync on (the events, the command side's tables, the data
 * keys), a MongoDB-wire server (the query side's views), the command-side and query-side exec jars as JVMs of their
 * own, and the repository's gateway in front ({@link GatewayProcess}). The deploy module's SplitRegister starts the
 * same shape for its tests from the test class path; this one starts the jars an operator deploys.
 */
final class SplitDeployment implements AutoCloseable {

    /** The sides' JVMs: a fixed heap like the compose files' memory limit, instead of a quarter of a shared machine. */
    private static final List<String> SIDE_JVM_OPTIONS = List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError");

    private final List<AutoCloseable> started = new ArrayList<>();
    /** Every user's password, new each run: the postgres profile refuses the demo users (password = name). */
    private final String password = randomBase64(18);
    private HarnessPostgres postgres;
    private RegisterProcess commandSide;
    private RegisterProcess querySide;
    private GatewayProcess gateway;

    private SplitDeployment() {
    }

    static SplitDeployment start(Path work, Path commandSideJar, Path querySideJar, Path gatewayScript) {
        SplitDeployment deployment = new SplitDeployment();
        try {
            deployment.startAll(work, commandSideJar, querySideJar, gatewayScript);
            return deployment;
        } catch (RuntimeException | Error e) {
            deployment.close();
            throw e;
        }
    }

    private void startAll(Path work, Path commandSideJar, Path querySideJar, Path gatewayScript) {
        postgres = HarnessPostgres.start(work.resolve("pgdata"));
        started.add(postgres);
        // its warning for each compound index it does not build is noise in the run's output
        System.setProperty("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo", "error");
        MongoServer views = new MongoServer(new MemoryBackend());
        started.add(views::shutdownNow);
        views.bind("127.0.0.1", RegisterProcess.freeLoopbackPort());
        List<String> shared = sharedSettings(work);

        System.out.println("[gateway-load] starting the command side");
        List<String> commandSettings = new ArrayList<>(shared);
        commandSettings.add("--spring.profiles.active=postgres");
        commandSide = RegisterProcess.start(commandSideJar, work.resolve("command-side"),
                new RegisterLaunch(SIDE_JVM_OPTIONS, List.of(), commandSettings));
        started.add(commandSide);
        // on a new database the command side creates the tables (Hibernate's ddl-auto: update) before the query
        // side reads them, as in the compose files
        LoadHarness.awaitHealthy(commandSide, new RegisterClient(commandSide.port()));

        System.out.println("[gateway-load] starting the query side");
        List<String> querySettings = new ArrayList<>(shared);
        querySettings.add("--spring.profiles.active=postgres,mongo");
        querySettings.add("--register.mongo.uri=mongodb://127.0.0.1:" + views.getLocalAddress().getPort());
        querySide = RegisterProcess.start(querySideJar, work.resolve("query-side"),
                new RegisterLaunch(SIDE_JVM_OPTIONS, List.of(), querySettings));
        started.add(querySide);
        LoadHarness.awaitHealthy(querySide, new RegisterClient(querySide.port()));

        gateway = GatewayProcess.start(gatewayScript, work.resolve("gateway"), commandSide.port(), querySide.port());
        started.add(gateway);
    }

    /**
     * What both sides read alike: one database, one master key, RegisterClient's users (their password stored as
     * bcrypt, as the postgres profile requires), one console sign-in key, and the gateway's X-Forwarded-* headers
     * trusted.
     */
    private List<String> sharedSettings(Path work) {
        Path masterKey = work.resolve("secrets").resolve("master.key");
        MasterKey.generateInto(masterKey);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(password);
        return List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--register.crypto.master-key-file=" + masterKey,
                "--register.security.users[0].name=" + RegisterClient.STAFF,
                "--register.security.users[0].password=" + hash,
                "--register.security.users[0].roles[0]=STAFF",
                "--register.security.users[1].name=" + RegisterClient.DPO,
                "--register.security.users[1].password=" + hash,
                "--register.security.users[1].roles[0]=DPO",
                "--server.forward-headers-strategy=native",
                "--register.console.sign-in-key=" + randomBase64(32));
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    HarnessPostgres postgres() {
        return postgres;
    }

    /** The one base URL. */
    RegisterClient gateway() {
        return new RegisterClient(gateway.port(), password);
    }

    /** The command side's own address, behind the gateway: the baseline's registrations go there. */
    RegisterClient commandSide() {
        return new RegisterClient(commandSide.port(), password);
    }

    /** The query side's own address, behind the gateway: the baseline's reads go there. */
    RegisterClient querySide() {
        return new RegisterClient(querySide.port(), password);
    }

    /** The gateway first, the database last: what was started, in reverse. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("[gateway-load] did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
