package fi.register.query.mongo.memory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planned in-memory store answers every query exactly as the server's own scan does, whatever writes came
 * before: the index only narrows the candidates. Checked against mongo-java-server's plain in-memory backend, the same
 * seeded random writes on both, with the views' query shapes and the ones an index must not answer alone.
 */
class IndexedMemoryBackendTest {

    private static final int SUBJECTS = 6;

    private final List<MongoServer> servers = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();
    private MongoCollection<Document> scanned;
    private MongoCollection<Document> planned;

    @BeforeEach
    void start() {
        scanned = collection(new MemoryBackend());
        planned = collection(new IndexedMemoryBackend());
    }

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
    }

    @Test
    void answers_AsAScanDoes_WhateverWritesCameBefore() {
        Random random = new Random(20261130L);
        for (int step = 0; step < 600; step++) {
            Write write = randomWrite(random);
            write.applyTo(scanned);
            write.applyTo(planned);
            if (step % 20 == 0) {
                assertSameAnswers(random);
            }
        }
        assertSameAnswers(random);
        assertThat(planned.countDocuments()).isEqualTo(scanned.countDocuments()).isPositive();
    }

    @Test
    void finds_TheSubjectsItems_AfterTheirSubjectFieldChanged() {
        planned.insertOne(new Document("_id", "i1").append("customerId", "s1"));
        planned.updateOne(Filters.eq("_id", "i1"), Updates.set("customerId", "s2"));

        assertThat(planned.find(Filters.eq("customerId", "s1")).first()).isNull();
        assertThat(planned.find(Filters.eq("customerId", "s2")).first()).containsEntry("_id", "i1");
    }

    @Test
    void forgets_ADeletedDocument_InTheSecondaryIndex() {
        planned.insertOne(new Document("_id", "i1").append("customerId", "s1"));
        planned.insertOne(new Document("_id", "i2").append("customerId", "s1"));
        planned.deleteMany(Filters.eq("customerId", "s1"));
        planned.insertOne(new Document("_id", "i3").append("customerId", "s9"));

        assertThat(planned.find(Filters.eq("customerId", "s1")).into(new ArrayList<>())).isEmpty();
        assertThat(planned.find(Filters.eq("customerId", "s9")).into(new ArrayList<>())).hasSize(1);
    }

    private void assertSameAnswers(Random random) {
        for (Bson query : queries(random)) {
            assertThat(planned.find(query).sort(Sorts.ascending("_id")).into(new ArrayList<>()))
                    .as("query %s", query)
                    .isEqualTo(scanned.find(query).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        }
    }

    private static List<Bson> queries(Random random) {
        String id = item(random);
        String subject = subject(random);
        long sequence = random.nextInt(8);
        return List.of(
                Filters.eq("_id", id),
                Filters.and(Filters.eq("_id", id), Filters.lt("lastSequence", sequence)),
                Filters.and(Filters.lt("lastSequence", sequence), Filters.eq("_id", id)),
                new Document("_id", id).append("lastSequence", new Document("$lt", sequence)),
                Filters.eq("customerId", subject),
                Filters.and(Filters.eq("orderId", "o" + random.nextInt(3)), Filters.eq("customerId", subject)),
                Filters.and(Filters.eq("customerId", subject), Filters.or(Filters.eq("kind", "a"), Filters.eq("kind", "b"))),
                Filters.in("_id", id, item(random)),
                Filters.regex("customerId", Pattern.compile("^s[12]")),
                Filters.eq("customerId", null),
                Filters.exists("customerId", false),
                Filters.gt("lastSequence", sequence),
                new Document());
    }

    private static Write randomWrite(Random random) {
        String id = item(random);
        return switch (random.nextInt(6)) {
            case 0 -> {
                Document item = newItem(random);
                yield target -> target.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", item),
                        new UpdateOptions().upsert(true));
            }
            case 1 -> target -> target.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("lastSequence", 4L)),
                    Updates.inc("lastSequence", 1L));
            case 2 -> {
                String subject = subject(random);
                yield target -> target.updateOne(Filters.eq("_id", id), Updates.set("customerId", subject));
            }
            case 3 -> {
                List<String> subjects = List.of(subject(random), subject(random));
                // an array: equality matches any element, as a subject list in the e-mail index does
                yield target -> target.updateOne(Filters.eq("_id", id), Updates.set("customerId", subjects));
            }
            case 4 -> target -> target.deleteOne(Filters.eq("_id", id));
            default -> {
                String subject = subject(random);
                yield target -> target.deleteMany(Filters.eq("customerId", subject));
            }
        };
    }

    private static Document newItem(Random random) {
        Document item = new Document("lastSequence", (long) random.nextInt(3))
                .append("orderId", "o" + random.nextInt(3))
                .append("kind", random.nextBoolean() ? "a" : "c");
        if (random.nextInt(5) > 0) {
            item.append("customerId", subject(random));
        }
        return item;
    }

    private static String item(Random random) {
        return "i" + random.nextInt(40);
    }

    private static String subject(Random random) {
        return "s" + random.nextInt(SUBJECTS);
    }

    private MongoCollection<Document> collection(de.bwaldvogel.mongo.MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        servers.add(server);
        MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
        clients.add(client);
        MongoCollection<Document> collection = client.getDatabase("register").getCollection("items");
        collection.createIndex(Indexes.ascending("customerId"));
        return collection;
    }

    /** One write, applied the same way to both stores. */
    private interface Write {
        void applyTo(MongoCollection<Document> target);
    }
}
