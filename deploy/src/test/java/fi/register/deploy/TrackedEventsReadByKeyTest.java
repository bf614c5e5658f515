package fi.register.deploy;

import fi.register.autoconfigure.eventstore.GapSeekingJpaEventStorageEngine;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event processors read the event store after a token that has gaps (events of transactions not yet committed when
 * the token passed them). Axon's JPA engine asks for them with an {@code OR} that no H2 index serves, so every such
 * poll walked the whole history. The register's engine reads the same events, in the same batches, by key.
 */
class TrackedEventsReadByKeyTest {

    private static final int BATCH = 4;
    private static final int CUSTOMERS = 12;

    @TempDir
    Path dataDir;

    @Test
    void reads_TheSameEventsInTheSameBatchesAsAxonsEngine_ByKeyInsteadOfByADisjunction() throws Exception {
        try (RunningRegister register = RunningRegister.start(dataDir, Clock.systemUTC(),
                "--spring.jpa.properties.hibernate.session_factory.statement_inspector="
                        + RecordedStatements.class.getName())) {
            assertThat(register.bean(EventStorageEngine.class)).isInstanceOf(GapSeekingJpaEventStorageEngine.class);
            for (int i = 0; i < CUSTOMERS; i++) {
                assertThat(register.send("staff", "POST", "/api/customers", registration(i)).status()).isEqualTo(201);
            }
            List<Long> stored = new JdbcTemplate(register.bean(DataSource.class))
                    .queryForList("SELECT global_index FROM domain_event_entry ORDER BY global_index", Long.class);
            assertThat(stored).hasSizeGreaterThanOrEqualTo(CUSTOMERS);
            long index = stored.get(7);
            Set<Long> gaps = new TreeSet<>(List.of(stored.get(1), stored.get(4), stored.get(0) - 1 /* never written */));
            Set<Long> moreGapsThanABatch = new TreeSet<>(stored.subList(0, 6));

            EventStorageEngine axons = engine(register, JpaEventStorageEngine.builder().batchSize(BATCH), false);
            EventStorageEngine registers = engine(register, JpaEventStorageEngine.builder().batchSize(BATCH), true);
            for (GapAwareTrackingToken token : List.of(
                    GapAwareTrackingToken.newInstance(index, gaps),
                    GapAwareTrackingToken.newInstance(stored.get(6), moreGapsThanABatch),
                    GapAwareTrackingToken.newInstance(index, Set.of()))) {
                RecordedStatements.clear();
                List<String> expected = read(axons, token);
                if (!token.getGaps().isEmpty()) {
                    assertThat(RecordedStatements.eventReads()).as("Axon's reads, recorded: the disjunction")
                            .anyMatch(sql -> sql.contains(" or "));
                }
                RecordedStatements.clear();
                assertThat(read(registers, token)).as("after %s", token).isEqualTo(expected).isNotEmpty();
                assertThat(RecordedStatements.eventReads()).as("no disjunction an index cannot serve")
                        .isNotEmpty()
                        .noneMatch(sql -> sql.contains(" or "));
            }
        }
    }

    /** Each event read with the token that follows it: the order, the content and the batches' gap bookkeeping. */
    private static List<String> read(EventStorageEngine engine, GapAwareTrackingToken token) {
        return engine.readEvents(token, false)
                .map(TrackedEventMessage.class::cast)
                .map(event -> event.getIdentifier() + " -> " + event.trackingToken())
                .toList();
    }

    private static EventStorageEngine engine(RunningRegister register, JpaEventStorageEngine.Builder builder,
                                             boolean seekingGaps) {
        builder.eventSerializer(register.context().getBean("eventSerializer", Serializer.class))
                .snapshotSerializer(register.bean(Serializer.class))
                .entityManagerProvider(register.bean(EntityManagerProvider.class))
                .transactionManager(register.bean(TransactionManager.class));
        return seekingGaps ? new GapSeekingJpaEventStorageEngine(builder) : builder.build();
    }

    private static String registration(int i) {
        return """
                {"kind":"PERSON","firstName":"Testi","lastName":"Aukko","email":"aukko-%d@example.test",
                 "address":{"street":"Aukkokuja 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".formatted(i);
    }

    /** Every SQL statement Hibernate prepares in this JVM, as Hibernate instantiates it from the setting. */
    public static final class RecordedStatements implements StatementInspector {

        private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

        @Override
        public String inspect(String sql) {
            STATEMENTS.add(sql.toLowerCase(Locale.ROOT));
            return sql;
        }

        static void clear() {
            STATEMENTS.clear();
        }

        static List<String> eventReads() {
            return STATEMENTS.stream().filter(sql -> sql.startsWith("select") && sql.contains("domain_event_entry"))
                    .toList();
        }
    }
}
