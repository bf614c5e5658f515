// Single-file program (not part of the build): where a destroyed key's wrapped bytes linger in a file-backed
// Mongo-wire server (mongo-java-server's H2 backend). Run as docs/crypto-shredding.md "The Mongo key store" says.
// It measures mongo-java-server, not MongoDB: WiredTiger, its journal and the oplog are not on this machine.
import com.mongodb.client.*;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fi.register.crypto.*;
import org.bson.types.Binary;
import java.nio.file.*;
import java.util.*;

public class MongoKeyLinger {
    public static void main(String[] a) throws Exception {
        int keys = Integer.parseInt(a[0]);
        long lingerMillis = Long.parseLong(a[1]);
        Path file = Files.createTempDirectory("mongokeys").resolve("keys.mv");
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        MasterKey master = MasterKey.generate();
        byte[] wrappedOfTheVictim;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoDatabase database = client.getDatabase("register-keys");
            MongoDataKeyStore store = new MongoDataKeyStore(database, master);
            List<UUID> subjects = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                UUID subject = UUID.randomUUID();
                subjects.add(subject);
                store.keyFor(subject);
            }
            UUID victim = subjects.get(keys / 2);
            byte[] wrapped = wrappedOfTheVictim = database.getCollection("data_keys").find(Filters.eq("_id", victim.toString())).first()
                    .get("wrapped", Binary.class).getData();
            backend.commit();
            report(file, wrapped, "after " + keys + " keys inserted (positive control)");
            store.destroy(victim);
            backend.commit();
            report(file, wrapped, "after destroy (tombstone replaced the key document)");
            long start = System.nanoTime();
            for (int i = 0; i < 2 * keys; i++) {
                store.keyFor(UUID.randomUUID());
            }
            backend.commit();
            report(file, wrapped, "after " + 2 * keys + " further key writes, " + (System.nanoTime() - start) / 1_000_000 + " ms later");
            int more = 0;
            while ((System.nanoTime() - start) / 1_000_000 < lingerMillis) {
                store.keyFor(UUID.randomUUID());
                more++;
            }
            backend.commit();
            report(file, wrapped, "after writes going on for " + lingerMillis + " ms (" + more + " more keys)");
        }
        server.shutdown();
        report(file, wrappedOfTheVictim, "after the server's shutdown (the MVStore closed)");
        Files.delete(file);
    }

    static void report(Path file, byte[] wrapped, String when) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int copies = 0;
        outer:
        for (int i = 0; i + wrapped.length <= bytes.length; i++) {
            for (int j = 0; j < wrapped.length; j++) {
                if (bytes[i + j] != wrapped[j]) continue outer;
            }
            copies++;
        }
        System.out.printf("%-75s copies of the wrapped key: %d, file: %d bytes%n", when, copies, bytes.length);
    }
}
