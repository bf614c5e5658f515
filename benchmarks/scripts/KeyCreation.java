// Single-file program (not part of the build): run as docs/architecture.md "Key store" says.
import fi.register.crypto.*;
import org.h2.jdbcx.JdbcDataSource;
import java.nio.file.*;
import java.sql.*;
import java.util.*;

/** New-subject key creation, file store vs key table inside the transaction that also inserts an event row; interleaved. */
public class KeyCreation {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        Path dir = Files.createTempDirectory("keybench");
        MasterKey master = MasterKey.generate();
        FileDataKeyStore files = new FileDataKeyStore(dir.resolve("keys"), master);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("events/register") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        h2.setUser("register");
        Connection tx = h2.getConnection();
        tx.createStatement().execute("CREATE TABLE event (id VARCHAR(36) PRIMARY KEY, payload VARCHAR(2000))");
        javax.sql.DataSource inTx = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(KeyCreation.class.getClassLoader(),
            new Class<?>[]{javax.sql.DataSource.class}, (p, m, args) -> java.lang.reflect.Proxy.newProxyInstance(KeyCreation.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (p2, m2, a2) -> m2.getName().equals("close") ? null : m2.invoke(tx, a2)));
        new JdbcDataKeyStore(h2, KeyTransactions.NONE, master);
        JdbcDataKeyStore table = new JdbcDataKeyStore(inTx, KeyTransactions.NONE, master);
        tx.setAutoCommit(false);
        PreparedStatement event = tx.prepareStatement("INSERT INTO event VALUES (?, ?)");
        String payload = "x".repeat(600);
        long[] fileNs = new long[n], tableNs = new long[n], commitOnlyNs = new long[n], commitWithKeyNs = new long[n];
        for (int i = 0; i < n; i++) {
            UUID s1 = UUID.randomUUID();
            long t0 = System.nanoTime(); files.keyFor(s1); fileNs[i] = System.nanoTime() - t0;
            event.setString(1, s1.toString()); event.setString(2, payload); event.executeUpdate();
            t0 = System.nanoTime(); tx.commit(); commitOnlyNs[i] = System.nanoTime() - t0;
            UUID s2 = UUID.randomUUID();
            t0 = System.nanoTime(); table.keyFor(s2); tableNs[i] = System.nanoTime() - t0;
            event.setString(1, s2.toString()); event.setString(2, payload); event.executeUpdate();
            t0 = System.nanoTime(); tx.commit(); commitWithKeyNs[i] = System.nanoTime() - t0;
        }
        print("file store keyFor (new subject, 2 fsyncs)", fileNs);
        print("key table keyFor (new subject, insert in the open transaction)", tableNs);
        print("commit of the event alone (file store case)", commitOnlyNs);
        print("commit of the event with its key row (key table case)", commitWithKeyNs);
    }
    static void print(String what, long[] ns) {
        long[] s = ns.clone(); Arrays.sort(s);
        System.out.printf("%-66s p50 %7.3f ms   p99 %7.3f ms   (n=%d)%n", what, s[s.length / 2] / 1e6, s[(int) (s.length * 0.99)] / 1e6, s.length);
    }
}
