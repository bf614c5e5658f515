package fi.register.deploy;

import fi.register.crypto.MasterKey;
import fi.register.crypto.MasterKeyRotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code java -jar register.jar rotate-master-key}: re-wraps every data key of the embedded
 * register under a freshly generated master key; no event is touched. Run it while the register
 * is stopped. The new key is written next to the old one first, so an interrupted run is finished
 * by simply running the command again; only when every data key is re-wrapped does the new master
 * replace the old file.
 */
final class MasterKeyRotationCommand {

    static final String NAME = "rotate-master-key";

    private MasterKeyRotationCommand() {
    }

    /** Runs the rotation for the data directory and key files the embedded default uses. */
    static int run(Path dataDir) {
        Path masterKeyFile = dataDir.resolve("master.key");
        Path nextMasterKeyFile = dataDir.resolve("master.key.next");
        Path keyDirectory = dataDir.resolve("keys");
        if (!Files.exists(masterKeyFile)) {
            throw new IllegalStateException("No master key at " + masterKeyFile + ": nothing to rotate");
        }
        MasterKey current = MasterKey.load(masterKeyFile);
        MasterKey next = Files.exists(nextMasterKeyFile) ? MasterKey.load(nextMasterKeyFile) : MasterKey.generateInto(nextMasterKeyFile);
        int rewrapped = MasterKeyRotation.rotate(keyDirectory, current, next);
        try {
            Files.move(nextMasterKeyFile, masterKeyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Data keys are re-wrapped, but the new master key could not replace the old: "
                    + "run the command again", e);
        }
        System.out.printf("Re-wrapped %d data keys under master key %s (was %s).%n", rewrapped, next.id(), current.id());
        return rewrapped;
    }

    static Path dataDir(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--register.data-dir=")) {
                return Path.of(arg.substring("--register.data-dir=".length()));
            }
        }
        String fromEnvironment = System.getenv("REGISTER_DATA_DIR");
        return Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "./data");
    }
}
