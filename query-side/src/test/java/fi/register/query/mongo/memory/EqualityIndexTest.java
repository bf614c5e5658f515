package fi.register.query.mongo.memory;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secondary index names exactly the positions holding a value, and the planner reads through an index only when
 * the query pins the field to one value: otherwise a candidate could be missed, or an index would grow stale.
 */
class EqualityIndexTest {

    private final EqualityIndex index = new EqualityIndex("customerId_1", List.of(new IndexKey("customerId", true)));

    @Test
    void names_EveryPositionHoldingTheValue_ArraysIncluded() {
        index.add(item("i1", "s1"), 0, null);
        index.add(item("i2", "s2"), 1, null);
        index.add(new Document("_id", "i3").append("customerId", List.of("s1", "s3")), 2, null);

        assertThat(index.getPositions(subject("s1"))).containsExactlyInAnyOrder(0, 2);
        assertThat(index.getPositions(subject("s3"))).containsExactly(2);
        assertThat(index.getCount()).isEqualTo(3);
    }

    @Test
    void forgets_TheOldValue_WhenADocumentChanges() {
        Document before = item("i1", "s1");
        index.add(before, 0, null);

        index.updateInPlace(before, item("i1", "s2"), 0, null);

        assertThat(index.getPositions(subject("s1"))).isEmpty();
        assertThat(index.getPositions(subject("s2"))).containsExactly(0);
    }

    @Test
    void forgets_ARemovedDocument_AndNamesItsPosition() {
        Document item = item("i1", "s1");
        index.add(item, 4, null);

        assertThat(index.remove(item)).isEqualTo(4);
        assertThat(index.getPositions(subject("s1"))).isEmpty();
        assertThat(index.getCount()).isZero();
    }

    @Test
    void pins_AValue_AtTheTopLevelOrInAnAndClause() {
        assertThat(IndexedMemoryCollection.pinnedValue(new Document("_id", "i1")
                .append("lastSequence", new Document("$lt", 3L)), "_id")).contains("i1");
        assertThat(IndexedMemoryCollection.pinnedValue(new Document("$and", List.of(
                new Document("lastSequence", new Document("$lt", 3L)), new Document("_id", "i1"))), "_id")).contains("i1");
    }

    @Test
    void pins_Nothing_WhenTheFieldIsNotRequiredToEqualOneValue() {
        assertThat(IndexedMemoryCollection.pinnedValue(new Document("_id", new Document("$lt", "i1")), "_id")).isEmpty();
        assertThat(IndexedMemoryCollection.pinnedValue(new Document("_id", Pattern.compile("^i")), "_id")).isEmpty();
        assertThat(IndexedMemoryCollection.pinnedValue(new Document("customerId", null), "customerId")).isEmpty();
        assertThat(IndexedMemoryCollection.pinnedValue(new Document("customerId", List.of("s1")), "customerId")).isEmpty();
        assertThat(IndexedMemoryCollection.pinnedValue(new Document("$or", List.of(new Document("_id", "i1"),
                new Document("_id", "i2"))), "_id")).isEmpty();
    }

    private static Document item(String id, String subject) {
        return new Document("_id", id).append("customerId", subject);
    }

    private static Document subject(String subject) {
        return new Document("customerId", subject);
    }
}
