package fi.register.query.mongo.memory;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A collection that reads through an index whenever the query pins an indexed field to one value, at the top level
 * or in one clause of an {@code $and}, as MongoDB's planner would. The index only narrows the candidates: the server's
 * matcher still applies the whole query to each, so the answer is exactly a scan's. Unique indexes ({@code _id}
 * first) are preferred, since they name one document.
 */
final class IndexedMemoryCollection extends MemoryCollection {

    private static final String AND = "$and";

    IndexedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Optional<Iterable<Integer>> candidates = candidates(query, true).or(() -> candidates(query, false));
        if (candidates.isPresent()) {
            return matchDocuments(query, candidates.get(), orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    private Optional<Iterable<Integer>> candidates(Document query, boolean unique) {
        for (Index<Integer> index : getIndexes()) {
            Optional<String> field = singleField(index);
            if (field.isEmpty() || (index instanceof AbstractUniqueIndex) != unique) {
                continue;
            }
            Optional<Object> value = pinnedValue(query, field.get());
            if (value.isPresent()) {
                return Optional.of(index.getPositions(new Document(field.get(), value.get())));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> singleField(Index<Integer> index) {
        if (index.getKeys().size() != 1) {
            return Optional.empty();
        }
        String field = index.getKeys().get(0).getKey();
        // a dotted path would need the probe document nested the same way; the views index top-level fields only
        return field.contains(".") ? Optional.empty() : Optional.of(field);
    }

    /**
     * The one value the query requires the field to equal, if it requires one: {@code {field: value}} beside other
     * conditions, or inside a clause of {@code $and}. Operators, regular expressions, arrays, sub-documents and null
     * (which also matches a missing field) are left to the scan.
     */
    static Optional<Object> pinnedValue(Document query, String field) {
        Object value = query.get(field);
        if (isPlainValue(value)) {
            return Optional.of(value);
        }
        if (query.get(AND) instanceof List<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document document) {
                    Optional<Object> pinned = pinnedValue(document, field);
                    if (pinned.isPresent()) {
                        return pinned;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isPlainValue(Object value) {
        return value != null
                && !(value instanceof Map<?, ?>)
                && !(value instanceof Collection<?>)
                && !(value instanceof Pattern)
                && !BsonRegularExpression.isRegularExpression(value);
    }
}
