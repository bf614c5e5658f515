package fi.register.crypto;

/**
 * What {@link CachingDataKeyStore} asks the store before it serves a key from memory. A store that several processes
 * share (the key table of the {@code postgres} profile, a key directory on a shared volume) can be erased from by
 * another process at any moment; a store of one process only is erased through this very cache.
 */
public enum CachedKeyCheck {

    /**
     * Every cached key is served only after the store said the subject has no tombstone: one indexed look-up (or one
     * {@code stat}) per message instead of none. From the moment the erasing process has committed its tombstone,
     * before it answers, no process decrypts under the key any longer.
     */
    TOMBSTONE_ON_EVERY_USE,

    /**
     * Cached keys are served as they are. Only for a store no other process erases from (the embedded default's H2
     * file, which one process holds locked): another process's erasure would be seen only when its
     * {@code SubjectErasedEvent} arrives and calls {@link CachingDataKeyStore#evict}, or after the time to live.
     */
    NONE
}
