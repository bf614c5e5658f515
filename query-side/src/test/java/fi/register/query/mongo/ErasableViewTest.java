package fi.register.query.mongo;

import com.mongodb.client.MongoCollection;
import fi.register.crypto.CachedKeyCheck;
import fi.register.crypto.DataKeyStore;
import fi.register.crypto.KeyTransactions;
import fi.register.crypto.PersonalDataProtection;
import fi.register.query.InMemoryProjectionStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The skeleton every view of subjects' data shares: skip the erased, insert once, purge and evict, reset. */
class ErasableViewTest {

    @TempDir
    Path dataDir;

    private InMemoryProjectionStore store;
    private final SharedKeys keys = new SharedKeys();
    private ErasableView view;
    private MongoCollection<Document> items;
    private MongoCollection<Document> perSubject;
    private final UUID subject = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @BeforeEach
    void start() {
        store = new InMemoryProjectionStore(dataDir);
        view = new ErasableView(PersonalDataProtection.open(keys, Duration.ofMinutes(10)));
        items = view.itemsPerSubject(store.database(), "items");
        perSubject = view.onePerSubject(store.database(), "per_subject");
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void aDocumentIsWrittenOnceAndApplyingTheSameEventAgainLeavesWhatIsThere() {
        view.insertOnce(items, "item-1", item(subject).append("value", "first"));
        items.updateOne(new Document("_id", "item-1"), new Document("$set", new Document("value", "changed later")));

        view.insertOnce(items, "item-1", item(subject).append("value", "first"));

        assertThat(items.countDocuments()).isEqualTo(1);
        assertThat(items.find().first().getString("value")).isEqualTo("changed later");
    }

    @Test
    void aPurgeDeletesTheSubjectFromEveryCollectionAndNobodyElse() {
        view.insertOnce(items, "item-1", item(subject));
        view.insertOnce(items, "item-2", item(subject));
        view.insertOnce(items, "item-3", item(other));
        view.insertOnce(perSubject, subject.toString(), new Document("name", "sealed"));
        view.insertOnce(perSubject, other.toString(), new Document("name", "sealed"));

        view.purge(subject);

        assertThat(items.find().map(d -> d.getString("_id"))).containsExactly("item-3");
        assertThat(perSubject.find().map(d -> d.getString("_id"))).containsExactly(other.toString());
    }

    @Test
    void aPurgeStopsUsingTheKeyCachedHereOnceAnotherProcessDestroyedIt() {
        // a cache that does not check the tombstone at every use (the embedded default's): the purge is what evicts
        PersonalDataProtection protection = PersonalDataProtection.open(keys, KeyTransactions.NONE, CachedKeyCheck.NONE,
                Duration.ofMinutes(10));
        ErasableView cached = new ErasableView(protection);
        protection.keyStore().keyFor(subject); // now cached in this process
        keys.destroyElsewhere(subject);
        assertThat(protection.keyStore().find(subject)).as("the cache still holds it").isPresent();

        cached.purge(subject);

        assertThat(protection.keyStore().find(subject)).isEmpty();
    }

    @Test
    void aSubjectIsErasedOnceTheirKeyIsDestroyed() {
        assertThat(view.isErased(subject)).isFalse();

        keys.destroy(subject);

        assertThat(view.isErased(subject)).isTrue();
        assertThat(view.isErased(other)).isFalse();
    }

    @Test
    void aResetEmptiesEveryCollectionOfTheViewButNoOther() {
        MongoCollection<Document> notInTheView = store.database().getCollection("kept");
        notInTheView.insertOne(new Document("_id", "kept"));
        view.insertOnce(items, "item-1", item(subject));
        view.insertOnce(perSubject, subject.toString(), new Document());

        view.reset();

        assertThat(items.countDocuments()).isZero();
        assertThat(perSubject.countDocuments()).isZero();
        assertThat(notInTheView.countDocuments()).isEqualTo(1);
    }

    @Test
    void aSubjectsItemsAreListedInTheOrderAskedForAndNobodyElsesAre() {
        view.insertOnce(items, "late", item(subject).append("at", 3));
        view.insertOnce(items, "early", item(subject).append("at", 1));
        view.insertOnce(items, "someone-else", item(other).append("at", 2));

        assertThat(view.itemsOf(items, subject, "at").map(d -> d.getString("_id"))).containsExactly("early", "late");
    }

    @Test
    void aChangeIsAppliedOnlyByAnEventLaterThanTheLastOneApplied() {
        view.insertOnce(perSubject, subject.toString(), new Document(ErasableView.LAST_SEQUENCE, 3L));

        assertThat(perSubject.find(ErasableView.notYetApplied(subject.toString(), 3)).first()).as("applied already").isNull();
        assertThat(perSubject.find(ErasableView.notYetApplied(subject.toString(), 2)).first()).as("older").isNull();
        assertThat(perSubject.find(ErasableView.notYetApplied(subject.toString(), 4)).first()).isNotNull();
        assertThat(perSubject.find(ErasableView.notYetApplied(other.toString(), 4)).first()).as("another document").isNull();
    }

    @Test
    void theSubjectOfAnItemIsIndexedSoAPurgeNeedNotReadTheWholeCollection() {
        assertThat(items.listIndexes().map(index -> index.get("key", Document.class).keySet()))
                .anySatisfy(fields -> assertThat(fields).containsExactly(ErasableView.SUBJECT));
    }

    private Document item(UUID subjectId) {
        return view.newItem(subjectId);
    }

    /** A key store as another process sees it too: a key destroyed there stays cached here until evicted. */
    private static final class SharedKeys implements DataKeyStore {

        private final Map<UUID, SecretKey> keys = new ConcurrentHashMap<>();
        private final Set<UUID> destroyed = new HashSet<>();

        @Override
        public SecretKey keyFor(UUID subjectId) {
            return keys.computeIfAbsent(subjectId, id -> newKey());
        }

        @Override
        public Optional<SecretKey> find(UUID subjectId) {
            return Optional.ofNullable(keys.get(subjectId));
        }

        @Override
        public void destroy(UUID subjectId) {
            destroyElsewhere(subjectId);
        }

        void destroyElsewhere(UUID subjectId) {
            keys.remove(subjectId);
            destroyed.add(subjectId);
        }

        @Override
        public boolean isDestroyed(UUID subjectId) {
            return destroyed.contains(subjectId);
        }

        private static SecretKey newKey() {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                return generator.generateKey();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
