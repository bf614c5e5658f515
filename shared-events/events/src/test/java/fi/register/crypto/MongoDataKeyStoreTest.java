package fi.register.crypto;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Mongo key store does beyond the contract every store keeps (DataKeyStoreContract). */
class MongoDataKeyStoreTest {

    private final MongoWireServer server = new MongoWireServer();
    private final MasterKey master = MasterKey.generate();
    private final UUID subject = UUID.randomUUID();
    private final MongoCollection<Document> keys = server.newClientDatabase().getCollection(MongoKeyCollection.NAME);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void keeps_TheWinnersKey_WhenAnotherProcessInsertedItBetweenTheReadAndTheInsert() {
        SecretKey winner = new MongoDataKeyStore(server.newClientDatabase(), master).keyFor(subject);

        SecretKey taken = new MongoDataKeyStore(server.newClientDatabase(), master).create(subject);

        assertThat(taken).isEqualTo(winner);
        assertThat(keys.countDocuments()).isEqualTo(1);
    }

    @Test
    void rejects_AKeyCreation_ThatLosesToAnErasureInAnotherProcess() {
        new MongoDataKeyStore(server.newClientDatabase(), master).destroy(subject);

        MongoDataKeyStore creating = new MongoDataKeyStore(server.newClientDatabase(), master);

        assertThatThrownBy(() -> creating.create(subject)).isInstanceOf(SubjectErasedException.class);
        assertThat(keys.find().first()).isEqualTo(new Document("_id", subject.toString()).append("erased", true));
    }

    @Test
    void keeps_OnlyTheWrappedKey_AndTheMastersId_InTheSubjectsDocument() {
        SecretKey key = new MongoDataKeyStore(server.newClientDatabase(), master).keyFor(subject);

        Document stored = keys.find().first();

        assertThat(stored.keySet()).containsExactly("_id", "master", "wrapped");
        assertThat(stored.getString("_id")).isEqualTo(subject.toString());
        assertThat(stored.getString("master")).isEqualTo(master.id());
        assertThat(master.unwrap(subject, stored.get("wrapped", Binary.class).getData())).isEqualTo(key);
        assertThat(HexFormat.of().formatHex(stored.get("wrapped", Binary.class).getData()))
                .as("never the key in clear").doesNotContain(HexFormat.of().formatHex(key.getEncoded()));
    }

    @Test
    void keeps_TheSubjectIdAlone_InTheTombstoneThatReplacedTheKey() {
        MongoDataKeyStore store = new MongoDataKeyStore(server.newClientDatabase(), master);
        store.keyFor(subject);

        store.destroy(subject);

        assertThat(keys.find().into(new java.util.ArrayList<>()))
                .containsExactly(new Document("_id", subject.toString()).append("erased", true));
    }

    @Test
    void keeps_EveryKeyWriteAtMajorityAndJournaled_AndEveryKeyReadAtMajorityFromThePrimary() {
        MongoCollection<Document> collection = new MongoKeyCollection(server.newClientDatabase()).collection();

        assertThat(collection.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        assertThat(collection.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
        assertThat(collection.getReadPreference()).isEqualTo(ReadPreference.primary());
    }

    @Test
    void keeps_AnErasureDuringARotation_LeavingTheTombstone() {
        MasterKey newMaster = MasterKey.generate();
        new MongoDataKeyStore(server.newClientDatabase(), master).keyFor(subject);
        MongoKeyCollection collection = new MongoKeyCollection(server.newClientDatabase());
        Document asReadByTheRotation = collection.keysNotWrappedBy(newMaster.id()).get(0);

        new MongoDataKeyStore(server.newClientDatabase(), master).destroy(subject);
        boolean rewrapped = collection.rewrap(asReadByTheRotation, newMaster.id(), new byte[]{1, 2, 3});

        assertThat(rewrapped).isFalse();
        assertThat(new MongoDataKeyStore(server.newClientDatabase(), newMaster).isDestroyed(subject)).isTrue();
        assertThat(keys.find().first()).doesNotContainKey("wrapped");
    }
}
