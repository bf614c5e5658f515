package fi.register.crypto;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeyRotationOfTheKeyTableTest {

    private final TestDatabase database = new TestDatabase();
    private final MasterKey oldMaster = MasterKey.generate();
    private final MasterKey newMaster = MasterKey.generate();

    @Test
    void rewraps_EveryKeyRow_SoTheOldMasterIsNoLongerNeededAndTheKeysStayTheSame() {
        JdbcDataKeyStore underOld = new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, oldMaster);
        Map<UUID, SecretKey> keys = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            UUID subject = UUID.randomUUID();
            keys.put(subject, underOld.keyFor(subject));
        }
        keys.put(BlindIndex.KEY_ID, underOld.keyFor(BlindIndex.KEY_ID));
        UUID erased = UUID.randomUUID();
        underOld.keyFor(erased);
        underOld.destroy(erased);

        assertThat(MasterKeyRotation.rotate(database.dataSource, oldMaster, newMaster)).isEqualTo(6);

        JdbcDataKeyStore underNewOnly = new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, newMaster);
        keys.forEach((subject, key) -> assertThat(underNewOnly.find(subject)).contains(key));
        assertThat(underNewOnly.isDestroyed(erased)).isTrue();
        assertThat(database.count("SELECT COUNT(*) FROM data_key WHERE master_key_id <> '" + newMaster.id() + "'")).isZero();
        assertThatThrownBy(() -> underOld.find(keys.keySet().iterator().next())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void finishes_AnInterruptedRotation_WhenRunAgain() {
        UUID subject = UUID.randomUUID();
        SecretKey key = new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, oldMaster).keyFor(subject);
        UUID rotatedBefore = UUID.randomUUID();
        SecretKey alreadyNew = new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, newMaster).keyFor(rotatedBefore);

        assertThat(MasterKeyRotation.rotate(database.dataSource, oldMaster, newMaster)).isEqualTo(1);
        assertThat(MasterKeyRotation.rotate(database.dataSource, oldMaster, newMaster)).isZero();

        JdbcDataKeyStore underNewOnly = new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, newMaster);
        assertThat(underNewOnly.find(subject)).contains(key);
        assertThat(underNewOnly.find(rotatedBefore)).contains(alreadyNew);
    }

    @Test
    void rejects_ARowOfAThirdMaster_LeavingItAsItIs() {
        MasterKey third = MasterKey.generate();
        UUID subject = UUID.randomUUID();
        new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, third).keyFor(subject);

        assertThatThrownBy(() -> MasterKeyRotation.rotate(database.dataSource, oldMaster, newMaster))
                .isInstanceOf(IllegalStateException.class);
        assertThat(database.count("SELECT COUNT(*) FROM data_key WHERE master_key_id = '" + third.id() + "'")).isEqualTo(1);
    }
}
