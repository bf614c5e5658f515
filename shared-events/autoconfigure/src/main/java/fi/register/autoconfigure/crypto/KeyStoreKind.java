package fi.register.autoconfigure.crypto;

/** Where the data keys live ({@code register.crypto.key-store}). */
public enum KeyStoreKind {
    /** In the event store's own database, written in the events' transaction (embedded default, {@code postgres}). */
    DATABASE,
    /** One file per subject in {@code register.crypto.key-dir}: where the events are in no relational database ({@code axonserver}). */
    FILES,
    /**
     * One document per subject in a MongoDB replica set ({@code register.crypto.mongo.*}), shared by every host: where
     * the events are in no relational database and the hosts share no directory ({@code axonserver} with {@code mongo}).
     */
    MONGO
}
