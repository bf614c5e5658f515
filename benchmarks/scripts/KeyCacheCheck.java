// Single-file program (not part of the build): run as docs/architecture.md "Key store" says.
import com.zaxxer.hikari.HikariDataSource;
import fi.register.crypto.*;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;

/**
 * What the cache's tombstone check costs per message: a cached key served as it is (NONE), served after the check
 * (TOMBSTONE_ON_EVERY_USE), and no cache at all, over PostgreSQL (pooled, as the register's Hikari) and over a key
 * directory; interleaved rounds, median of the rounds' means.
 */
public class KeyCacheCheck {
    public static void main(String[] a) throws Exception {
        int subjects = Integer.parseInt(a[0]), rounds = Integer.parseInt(a[1]);
        MasterKey master = MasterKey.generate();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            pool.setUsername("postgres");
            Path dir = Files.createTempDirectory("keycheck");
            Map<String, DataKeyStore> stores = new LinkedHashMap<>();
            JdbcDataKeyStore table = new JdbcDataKeyStore(pool, KeyTransactions.NONE, master);
            FileDataKeyStore files = new FileDataKeyStore(dir.resolve("keys"), master);
            stores.put("postgres, no cache", table);
            stores.put("postgres, cache NONE", cache(table, CachedKeyCheck.NONE));
            stores.put("postgres, cache TOMBSTONE_ON_EVERY_USE", cache(table, CachedKeyCheck.TOMBSTONE_ON_EVERY_USE));
            stores.put("files, no cache", files);
            stores.put("files, cache NONE", cache(files, CachedKeyCheck.NONE));
            stores.put("files, cache TOMBSTONE_ON_EVERY_USE", cache(files, CachedKeyCheck.TOMBSTONE_ON_EVERY_USE));
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < subjects; i++) {
                UUID id = UUID.randomUUID();
                table.keyFor(id);
                files.keyFor(id);
                ids.add(id);
            }
            Map<String, List<Double>> microsPerFind = new LinkedHashMap<>();
            for (int round = 0; round <= rounds; round++) {
                for (Map.Entry<String, DataKeyStore> store : stores.entrySet()) {
                    long start = System.nanoTime();
                    for (UUID id : ids) {
                        if (store.getValue().find(id).isEmpty()) throw new IllegalStateException();
                    }
                    double micros = (System.nanoTime() - start) / 1000.0 / subjects;
                    if (round > 0) microsPerFind.computeIfAbsent(store.getKey(), k -> new ArrayList<>()).add(micros); // round 0 warms up and fills the caches
                }
            }
            microsPerFind.forEach((name, values) -> {
                Collections.sort(values);
                System.out.printf("%-42s median %8.2f us per find (rounds: %s)%n", name, values.get(values.size() / 2),
                        values.stream().map(v -> String.format("%.1f", v)).toList());
            });
        }
    }

    static DataKeyStore cache(DataKeyStore store, CachedKeyCheck check) {
        return new CachingDataKeyStore(store, KeyTransactions.NONE, check, Duration.ofMinutes(10), 100_000);
    }
}
