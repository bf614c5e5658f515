package fi.register.query.mongo.memory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A non-unique index on one field, for equality only: which positions hold each value (each element, for an array).
 * The server leaves secondary indexes unimplemented; this one is what {@code createIndex(ascending(field))} gets in
 * the embedded store. It never decides a query alone: {@link IndexedMemoryCollection} takes the positions it names and
 * lets the server's matcher apply the whole query to them.
 * <p>
 * Declared sparse so that the collection never insists on a position from it: a document is located by its
 * {@code _id}, which this index also keeps so it can forget the document when it is removed or changed.
 */
final class EqualityIndex extends Index<Integer> {

    private static final String ID = "_id";

    private final Map<KeyValue, Set<Integer>> positionsByValue = new HashMap<>();
    private final Map<Integer, Set<KeyValue>> valuesByPosition = new HashMap<>();
    private final Map<Object, Integer> positionById = new HashMap<>();

    EqualityIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);
    }

    /** The one field this index is on. */
    String field() {
        return keys().get(0);
    }

    @Override
    public synchronized Integer getPosition(Document document) {
        return positionById.get(document.get(ID));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Integer> collection) {
        // not unique: nothing can conflict
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Set<KeyValue> values = getKeyValues(document);
        values.forEach(value -> positionsByValue.computeIfAbsent(value, any -> new LinkedHashSet<>()).add(position));
        valuesByPosition.put(position, values);
        positionById.put(document.get(ID), position);
    }

    @Override
    public synchronized Integer remove(Document document) {
        Integer position = positionById.remove(document.get(ID));
        if (position != null) {
            forget(position);
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // planned by IndexedMemoryCollection, which knows when a value is pinned
    }

    /** The positions whose field equals the value (or holds it, for an array), in no particular order. */
    @Override
    public synchronized Iterable<Integer> getPositions(Document probe) {
        Set<Integer> positions = new LinkedHashSet<>();
        for (KeyValue value : getKeyValues(probe)) {
            positions.addAll(positionsByValue.getOrDefault(value, Set.of()));
        }
        return positions;
    }

    @Override
    public synchronized long getCount() {
        return valuesByPosition.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
        // not unique: nothing can conflict
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
                                           MongoCollection<Integer> collection) {
        positionById.remove(oldDocument.get(ID));
        forget(position);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        valuesByPosition.clear();
        positionById.clear();
    }

    private void forget(Integer position) {
        for (KeyValue value : valuesByPosition.getOrDefault(position, Set.of())) {
            Set<Integer> positions = positionsByValue.get(value);
            positions.remove(position);
            if (positions.isEmpty()) {
                positionsByValue.remove(value);
            }
        }
        valuesByPosition.remove(position);
    }
}
