package fi.register.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch's writes go out in bulk after its last event, reads see them, a rolled-back batch writes nothing. */
class BatchedWritesTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> raw;
    private MongoCollection<Document> items;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("register");
        raw = database.getCollection("items");
        items = BatchedWrites.wrap(database).getCollection("items");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void keeps_TheBatchsWritesBack_UntilItsLastEventWasHandled() {
        List<Long> storedWhileHandling = new ArrayList<>();

        handleBatch(List.of("a", "b", "c"), id -> {
            items.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", new Document("n", 1)),
                    new UpdateOptions().upsert(true));
            storedWhileHandling.add(raw.countDocuments());
        });

        assertThat(storedWhileHandling).containsExactly(0L, 0L, 0L);
        assertThat(raw.countDocuments()).isEqualTo(3);
    }

    @Test
    void sendsWhatIsHeld_BeforeAnyReadOfTheBatch() {
        List<Long> readWhileHandling = new ArrayList<>();

        handleBatch(List.of("a", "b"), id -> {
            items.insertOne(new Document("_id", id));
            readWhileHandling.add(items.countDocuments()); // a read through the projection's own collection
        });

        assertThat(readWhileHandling).containsExactly(1L, 2L);
    }

    @Test
    void keepsOtherCollectionsWritesBack_WhenAReadSendsItsOwnCollections() {
        MongoCollection<Document> others = BatchedWrites.wrap(client.getDatabase("register")).getCollection("others");
        MongoCollection<Document> rawOthers = client.getDatabase("register").getCollection("others");
        List<Long> othersStoredWhileHandling = new ArrayList<>();
        List<Long> itemsReadWhileHandling = new ArrayList<>();

        handleBatch(List.of("a", "b"), id -> {
            others.insertOne(new Document("_id", id)); // another view's write in the same batch
            items.insertOne(new Document("_id", id));
            itemsReadWhileHandling.add(items.countDocuments());
            othersStoredWhileHandling.add(rawOthers.countDocuments());
        });

        assertThat(itemsReadWhileHandling).containsExactly(1L, 2L);
        assertThat(othersStoredWhileHandling).containsExactly(0L, 0L);
        assertThat(rawOthers.countDocuments()).isEqualTo(2);
    }

    @Test
    void sendsEverythingHeld_BeforeAnAggregation_WhichMayReadOtherCollections() {
        MongoCollection<Document> others = BatchedWrites.wrap(client.getDatabase("register")).getCollection("others");
        List<Integer> joinedWhileHandling = new ArrayList<>();

        handleBatch(List.of("a"), id -> {
            others.insertOne(new Document("_id", id));
            items.insertOne(new Document("_id", id));
            Document joined = items.aggregate(List.of(new Document("$lookup", new Document("from", "others")
                    .append("localField", "_id").append("foreignField", "_id").append("as", "seen")))).first();
            joinedWhileHandling.add(joined.getList("seen", Document.class).size());
        });

        assertThat(joinedWhileHandling).containsExactly(1);
    }

    @Test
    void keepsTheOrderOfTheWrites_WithinEachCollection() {
        MongoCollection<Document> others = BatchedWrites.wrap(client.getDatabase("register")).getCollection("others");

        handleBatch(List.of("a"), id -> {
            items.insertOne(new Document("_id", id).append("v", 1));
            others.insertOne(new Document("_id", id));
            items.updateOne(Filters.eq("_id", id), new Document("$set", new Document("v", 2)));
            items.deleteMany(Filters.eq("_id", "never-there"));
        });

        assertThat(raw.find().first().getInteger("v")).isEqualTo(2);
        assertThat(client.getDatabase("register").getCollection("others").countDocuments()).isEqualTo(1);
    }

    @Test
    void writesNothing_WhenTheBatchRollsBack() {
        assertThatThrownBy(() -> handleBatch(List.of("a", "b"), id -> {
            items.insertOne(new Document("_id", id));
            if (id.equals("b")) {
                throw new IllegalStateException("handler failed");
            }
        })).hasMessageContaining("handler failed");

        assertThat(raw.countDocuments()).isZero();
    }

    @Test
    void writesAtOnce_OutsideABatch() {
        items.insertOne(new Document("_id", "a"));

        assertThat(raw.countDocuments()).isEqualTo(1);
    }

    @Test
    void refusesToAnswerAHeldWritesCounts_SoNoHandlerDecidesOnThem() {
        handleBatch(List.of("a"), id -> assertThatThrownBy(() -> items.deleteMany(new Document()).getDeletedCount())
                .isInstanceOf(UnsupportedOperationException.class));
    }

    private interface Handler {
        void handle(String id);
    }

    /** What a tracking processor does with a batch: one unit of work, every event through the interceptors. */
    private static void handleBatch(List<String> ids, Handler handler) {
        List<EventMessage<?>> events = ids.stream().<EventMessage<?>>map(GenericEventMessage::new).toList();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        MessageHandler<EventMessage<?>> invoke = message -> {
            handler.handle((String) message.getPayload());
            return null;
        };
        var result = batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch, List.of(BatchedWrites.interceptor()),
                invoke).proceed(), RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult().getMessage(), result.exceptionResult());
        }
    }
}
