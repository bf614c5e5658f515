package fi.register.autoconfigure.eventstore;

import jakarta.persistence.TypedQuery;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

import java.util.ArrayList;
import java.util.List;

/**
 * Axon's JPA event storage engine, reading a tracking token's gaps by key.
 * <p>
 * Axon asks for {@code globalIndex > :token OR globalIndex IN :gaps ORDER BY globalIndex}. No index serves that
 * disjunction in H2, so the database walks the primary key from the first event and tests every row: each poll of
 * every event processor costs the whole history while the token has gaps, which it has under any concurrent load
 * (gaps are kept for a minute). Projection lag and rebuild time then grow with the register's size.
 * <p>
 * Here the same rows are read as two index look-ups. Every gap lies below the token's index, so the ordered union is
 * the gap rows followed by the rows after the index, and the batch limit applies to both together: the result equals
 * Axon's, row for row.
 */
public class GapSeekingJpaEventStorageEngine extends JpaEventStorageEngine {

    private static final String COLUMNS = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, "
            + "e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

    public GapSeekingJpaEventStorageEngine(JpaEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        int batchSize = batchSize();
        List<Object[]> rows = new ArrayList<>(query("e.globalIndex IN :gaps")
                .setParameter("gaps", token.getGaps())
                .setMaxResults(batchSize)
                .getResultList());
        if (rows.size() < batchSize) {
            rows.addAll(query("e.globalIndex > :token")
                    .setParameter("token", token.getIndex())
                    .setMaxResults(batchSize - rows.size())
                    .getResultList());
        }
        return rows;
    }

    private TypedQuery<Object[]> query(String condition) {
        return entityManager().createQuery(COLUMNS + domainEventEntryEntityName() + " e WHERE " + condition
                + " ORDER BY e.globalIndex ASC", Object[].class);
    }
}
