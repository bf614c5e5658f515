package fi.register.query.recommendation;

import java.util.EnumSet;
import fi.register.events.recommendation.RecommendationField;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.FeedbackField;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.query.InMemoryProjectionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationViewProjectionTest {

    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");

    @TempDir
    Path dataDir;

    private InMemoryProjectionStore store;
    private RecommendationViewProjection projection;
    private final UUID customerId = UUID.randomUUID();
    private final UUID recommendationId = UUID.randomUUID();
    private final UUID feedbackId = UUID.randomUUID();

    @BeforeEach
    void start() {
        store = new InMemoryProjectionStore(dataDir);
        projection = new RecommendationViewProjection(store.database(), store.protection());
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private void history() {
        projection.on(new ProgramRecommendedEvent(customerId, recommendationId, "Ohjelma-Frobnal", "Voimakas-Quaxil", 45,
                "Perustelu-Zemblo", AT), "staff");
        projection.on(new ProgramFeedbackRecordedEvent(customerId, feedbackId, "Ohjelma-Frobnal", "Vaikutus-Drimbol", 2,
                AT.plusSeconds(60)), "staff");
    }

    @Test
    void recommendationsAndFeedbackAreShownDecryptedAndStoredSealedRatingIncluded() {
        history();

        assertThat(projection.handle(new FetchRecommendationsQuery(customerId))).singleElement().satisfies(found -> {
            assertThat(found.program()).isEqualTo("Ohjelma-Frobnal");
            assertThat(found.intensity()).isEqualTo("Voimakas-Quaxil");
            assertThat(found.durationMinutes()).isEqualTo(45);
            assertThat(found.rationale()).isEqualTo("Perustelu-Zemblo");
        });
        assertThat(projection.handle(new FetchProgramFeedbackQuery(customerId))).singleElement().satisfies(found -> {
            assertThat(found.effect()).isEqualTo("Vaikutus-Drimbol");
            assertThat(found.rating()).isEqualTo(2);
            assertThat(found.recordedBy()).isEqualTo("staff");
        });
        assertThat(store.clearTextFound(List.of("Frobnal", "Quaxil", "Zemblo", "Drimbol", "\"rating\""))).isEmpty();
    }

    @Test
    void applyingTheSameEventsAgainChangesNothing() {
        history();
        history();

        assertThat(store.count(RecommendationViewProjection.RECOMMENDATIONS)).isEqualTo(1);
        assertThat(store.count(RecommendationViewProjection.FEEDBACK)).isEqualTo(1);
    }

    @Test
    void erasurePurgesBothAndAReplayStoresNothing() {
        history();

        store.protection().keyStore().destroy(customerId);
        projection.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, AT.plusSeconds(99)));
        assertThat(store.count(RecommendationViewProjection.RECOMMENDATIONS) + store.count(RecommendationViewProjection.FEEDBACK))
                .isZero();

        projection.reset();
        history();
        assertThat(store.count(RecommendationViewProjection.RECOMMENDATIONS) + store.count(RecommendationViewProjection.FEEDBACK))
                .isZero();
    }

    @Test
    void keeps_TheCorrectedRecommendationAndFeedbackSealed_AndTheClearedRationaleGone() {
        history();
        projection.on(new ProgramRecommendationRectifiedEvent(customerId, recommendationId,
                EnumSet.of(RecommendationField.INTENSITY, RecommendationField.DURATION_MINUTES, RecommendationField.RATIONALE),
                null, "Kevyt-Snarfle", 30, null, AT.plusSeconds(120)), 2);
        projection.on(new ProgramFeedbackRectifiedEvent(customerId, feedbackId, EnumSet.of(FeedbackField.RATING),
                null, null, 5, AT.plusSeconds(180)), 3);

        assertThat(projection.handle(new FetchRecommendationsQuery(customerId))).singleElement().satisfies(found -> {
            assertThat(found.program()).isEqualTo("Ohjelma-Frobnal");
            assertThat(found.intensity()).isEqualTo("Kevyt-Snarfle");
            assertThat(found.durationMinutes()).isEqualTo(30);
            assertThat(found.rationale()).isNull();
        });
        assertThat(projection.handle(new FetchProgramFeedbackQuery(customerId))).singleElement().satisfies(found -> {
            assertThat(found.effect()).isEqualTo("Vaikutus-Drimbol");
            assertThat(found.rating()).isEqualTo(5);
        });
        assertThat(store.clearTextFound(List.of("Snarfle", "Frobnal", "Drimbol"))).isEmpty();
    }
}
