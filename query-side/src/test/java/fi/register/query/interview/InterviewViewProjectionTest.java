package fi.register.query.interview;

import java.util.EnumSet;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.interview.InterviewField;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.personal.PersonalData;
import fi.register.query.InMemoryProjectionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InterviewViewProjectionTest {

    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");

    @TempDir
    Path dataDir;

    private InMemoryProjectionStore store;
    private InterviewViewProjection projection;
    private final UUID customerId = UUID.randomUUID();
    private final UUID interviewId = UUID.randomUUID();

    @BeforeEach
    void start() {
        store = new InMemoryProjectionStore(dataDir);
        projection = new InterviewViewProjection(store.database(), store.protection());
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private InterviewRecordedEvent interview(String challenges) {
        return new InterviewRecordedEvent(customerId, interviewId, challenges, "Kevyt-Plomqua",
                Set.of("NEUROSONIC_TREATMENT", "FIRSTBEAT_ANALYSIS"), LocalDate.of(1931, 7, 29), AT);
    }

    @Test
    void anInterviewIsShownDecryptedWithWhoRecordedItAndStoredSealed() {
        projection.on(interview("Unettomuus-Xyzzal"), "staff");

        List<InterviewResponse> interviews = projection.handle(new FetchInterviewsQuery(customerId));

        assertThat(interviews).singleElement().satisfies(found -> {
            assertThat(found.challenges()).isEqualTo("Unettomuus-Xyzzal");
            assertThat(found.programPreferences()).isEqualTo("Kevyt-Plomqua");
            assertThat(found.dateOfBirth()).isEqualTo(LocalDate.of(1931, 7, 29));
            assertThat(found.services()).containsExactly("FIRSTBEAT_ANALYSIS", "NEUROSONIC_TREATMENT");
            assertThat(found.recordedBy()).isEqualTo("staff");
        });
        assertThat(store.clearTextFound(List.of("Unettomuus-Xyzzal", "Kevyt-Plomqua", "1931-07-29", "1931"))).isEmpty();
    }

    @Test
    void applyingTheSameInterviewAgainChangesNothing() {
        projection.on(interview("Unettomuus-Xyzzal"), "staff");
        projection.on(interview("Unettomuus-Xyzzal"), "staff");

        assertThat(projection.handle(new FetchInterviewsQuery(customerId))).hasSize(1);
    }

    @Test
    void erasurePurgesTheInterviewsAndAReplayOfTheErasedEventsStoresNothing() {
        projection.on(interview("Unettomuus-Xyzzal"), "staff");

        store.protection().keyStore().destroy(customerId);
        projection.on(new SubjectErasedEvent(customerId, ErasureReason.RETENTION_EXPIRED, AT.plusSeconds(9)));
        assertThat(store.count(InterviewViewProjection.INTERVIEWS)).isZero();

        projection.reset();
        projection.on(interview(PersonalData.ERASED), "staff");
        assertThat(store.count(InterviewViewProjection.INTERVIEWS)).isZero();
    }

    @Test
    void keeps_TheCorrectedChallengesSealed_AndTheClearedPreferencesGone_WhateverOrderTheCorrectionsComeAgainIn() {
        projection.on(interview("Unettomuus-Xyzzal"), "staff");
        InterviewRectifiedEvent first = new InterviewRectifiedEvent(customerId, interviewId,
                EnumSet.of(InterviewField.CHALLENGES, InterviewField.PROGRAM_PREFERENCES), "Uupumus-Vorpal", null, null,
                AT.plusSeconds(60));
        InterviewRectifiedEvent second = new InterviewRectifiedEvent(customerId, interviewId,
                EnumSet.of(InterviewField.DATE_OF_BIRTH), null, null, LocalDate.of(1932, 8, 30), AT.plusSeconds(120));
        projection.on(first, 1);
        projection.on(second, 2);
        projection.on(first, 1); // delivered again after the later one: changes nothing

        assertThat(projection.handle(new FetchInterviewsQuery(customerId))).singleElement().satisfies(found -> {
            assertThat(found.challenges()).isEqualTo("Uupumus-Vorpal");
            assertThat(found.programPreferences()).isNull();
            assertThat(found.dateOfBirth()).isEqualTo(LocalDate.of(1932, 8, 30));
            assertThat(found.services()).containsExactly("FIRSTBEAT_ANALYSIS", "NEUROSONIC_TREATMENT");
        });
        assertThat(store.clearTextFound(List.of("Uupumus-Vorpal", "Unettomuus-Xyzzal", "1932-08-30"))).isEmpty();
    }
}
