/**
 * Crypto-shredding: every data subject's personal data is encrypted under a key of its own, and erasing the subject
 * destroys that key.
 * <ul>
 *   <li>{@link fi.register.crypto.PersonalDataProtection} wires the parts once for both sides.</li>
 *   <li>{@link fi.register.crypto.CryptoShreddingSerializer} encrypts the {@code @PersonalData} properties of events
 *       and snapshots; {@link fi.register.crypto.PersonalDataCipher} does the same for single projection fields;
 *       {@link fi.register.crypto.BlindIndex} gives projections something to look people up by.</li>
 *   <li>Data keys are wrapped by a {@link fi.register.crypto.MasterKey} and kept in a
 *       {@link fi.register.crypto.DataKeyStore}: {@link fi.register.crypto.JdbcDataKeyStore} (a table of the event
 *       store's database, written in the events' own transaction) by default,
 *       {@link fi.register.crypto.FileDataKeyStore} (one file per key) where the events are in Axon Server,
 *       {@link fi.register.crypto.MongoDataKeyStore} (one document per subject in a replica set every host shares)
 *       where they are in Axon Server and the hosts share no directory; behind a
 *       {@link fi.register.crypto.CachingDataKeyStore} that keeps committed keys only
 *       ({@link fi.register.crypto.KeyTransactions}).</li>
 * </ul>
 * Where a destroyed key can still linger, and what closes each gap:
 * <ul>
 *   <li>Other processes' key caches: until they see {@code SubjectErasedEvent} and call
 *       {@link fi.register.crypto.CachingDataKeyStore#evict}, at most the cache's time to live.</li>
 *   <li>Copy-on-write file systems, snapshots, SSD wear levelling and backups of the key directory: they may keep a
 *       wrapped copy. It is useless once the master key that wrapped it is rotated away and destroyed
 *       ({@link fi.register.crypto.MasterKeyRotation}), which is why the master key must not be backed up
 *       together with the key directory.</li>
 *   <li>The key table keeps deleted rows in superseded pages: H2's old chunks until reused or compacted at a graceful
 *       stop, PostgreSQL's dead tuples, WAL and backups until vacuum, log recycling and backup retention have passed;
 *       the same rotation bounds that window (docs/crypto-shredding.md).</li>
 *   <li>The Mongo key collection keeps a replaced key document in every member's free blocks, history store, journal
 *       and oplog, and in backups, for the oplog window and the backups' retention at most; the same rotation
 *       bounds it.</li>
 * </ul>
 */
package fi.register.crypto;
