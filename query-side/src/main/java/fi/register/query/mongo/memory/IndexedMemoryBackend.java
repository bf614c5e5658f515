package fi.register.query.mongo.memory;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/**
 * mongo-java-server's in-memory backend with the query planning the views need, so that the embedded default answers
 * the projections' filters the way a real MongoDB does: through an index, not a scan of the whole collection.
 * <p>
 * Out of the box the server uses an index only when a query names exactly the index's fields, and it has no secondary
 * indexes at all. The views ask "this document, unless the event was applied to it already" ({@code _id} and
 * {@code lastSequence}) and "this subject's items" ({@code customerId}), so every event of a rebuild scanned a whole
 * collection: a rebuild was quadratic in the history (measured in docs/architecture.md, "Projection store"). Here a
 * query that pins {@code _id}, or an indexed field, to one value reads only the documents under that value, and the
 * server's own matcher then applies the whole query to them, so the answer is the one a scan gives.
 */
public final class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedMemoryDatabase(databaseName, getCursorRegistry());
    }
}
