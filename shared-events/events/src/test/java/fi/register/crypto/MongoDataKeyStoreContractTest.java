package fi.register.crypto;

import org.junit.jupiter.api.AfterEach;

/**
 * The key store contract, for a MongoDB collection: the real driver over the wire protocol against mongo-java-server,
 * each store with a client of its own, as each process of the register would have.
 */
class MongoDataKeyStoreContractTest extends DataKeyStoreContract {

    private final MongoWireServer server = new MongoWireServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    DataKeyStore open(MasterKey current, MasterKey... previous) {
        return new MongoDataKeyStore(server.newClientDatabase(), current, previous);
    }

    @Override
    int rotate(MasterKey oldKey, MasterKey newKey) {
        return MasterKeyRotation.rotate(server.newClientDatabase(), oldKey, newKey);
    }
}
