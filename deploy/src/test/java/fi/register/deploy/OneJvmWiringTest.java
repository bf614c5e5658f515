package fi.register.deploy;

import fi.register.testsupport.SharedWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Both sides in one JVM get the shared wiring once, whatever order their packages are scanned in: one security
 * chain with both sides' access rules, one key store, one clock, one identity-code screen, one problem handler.
 */
class OneJvmWiringTest {

    @TempDir
    Path dataDir;

    @Test
    void theOneJvmRegisterHasEachPieceOfSharedWiringOnce() {
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            SharedWiring.assertWiredOnce(register.context(), 2);
        }
    }
}
