package fi.register.crypto;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The key store contract, for one file per subject in a directory every process shares. */
class FileDataKeyStoreContractTest extends DataKeyStoreContract {

    @TempDir
    Path keyDirectory;

    @Override
    DataKeyStore open(MasterKey current, MasterKey... previous) {
        return new FileDataKeyStore(keyDirectory, current, previous);
    }

    @Override
    int rotate(MasterKey oldKey, MasterKey newKey) {
        return MasterKeyRotation.rotate(keyDirectory, oldKey, newKey);
    }
}
