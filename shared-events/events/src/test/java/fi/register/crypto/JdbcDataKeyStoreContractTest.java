package fi.register.crypto;

/** The key store contract, for the key table of a database every process shares, outside transactions. */
class JdbcDataKeyStoreContractTest extends DataKeyStoreContract {

    private final TestDatabase database = new TestDatabase();

    @Override
    DataKeyStore open(MasterKey current, MasterKey... previous) {
        return new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, current, previous);
    }

    @Override
    int rotate(MasterKey oldKey, MasterKey newKey) {
        return MasterKeyRotation.rotate(database.dataSource, oldKey, newKey);
    }
}
