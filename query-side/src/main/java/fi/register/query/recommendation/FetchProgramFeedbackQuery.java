package fi.register.query.recommendation;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for a subject's program feedback; answered with a list of {@link ProgramFeedbackResponse}. */
public record FetchProgramFeedbackQuery(@DataSubjectId UUID customerId) {
}
