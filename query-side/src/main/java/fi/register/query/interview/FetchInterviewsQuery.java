package fi.register.query.interview;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for a subject's interviews; answered with a list of {@link InterviewResponse}, oldest first. */
public record FetchInterviewsQuery(@DataSubjectId UUID customerId) {
}
