package fi.register.autoconfigure.settings;

/**
 * The settings both sides must read alike (data directory, keys, named parties, retention period, storage
 * profiles, users, error and log hygiene) live in one file, {@code register-shared.yml}, shipped with this module.
 * Each application reads it first and its own file after, so a side's file holds only what is the side's own and
 * nothing is copied by hand between them.
 */
public final class SharedSettings {

    /**
     * The base name of the shared settings file: first in every application's {@code spring.config.name}, whose
     * later names take precedence.
     */
    public static final String CONFIG_NAME = "register-shared";

    private SharedSettings() {
    }
}
