package fi.register.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An in-memory MongoDB and real crypto, for calling a projection's handlers directly. */
public final class InMemoryProjectionStore implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoDatabase database;
    private final PersonalDataProtection protection;

    public InMemoryProjectionStore(Path keyDir) {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("register");
        protection = PersonalDataProtection.open(keyDir.resolve("keys"),
                MasterKey.generateInto(keyDir.resolve("keys/master.key")), Duration.ofMinutes(10));
    }

    public MongoDatabase database() {
        return database;
    }

    public PersonalDataProtection protection() {
        return protection;
    }

    /**
     * Which of the values occur anywhere in any stored document, by position only: test output holds no personal data.
     */
    public List<String> clearTextFound(List<String> values) {
        StringBuilder stored = new StringBuilder();
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).find().forEach(document -> stored.append(document.toJson()).append('\n'));
        }
        String raw = stored.toString().toLowerCase();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (raw.contains(values.get(i).toLowerCase())) {
                found.add("value #" + i);
            }
        }
        return found;
    }

    public long count(String collection) {
        return database.getCollection(collection).countDocuments();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
