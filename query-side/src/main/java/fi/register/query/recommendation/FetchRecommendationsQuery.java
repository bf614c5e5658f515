package fi.register.query.recommendation;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for a subject's program recommendations; answered with a list of {@link RecommendationResponse}. */
public record FetchRecommendationsQuery(@DataSubjectId UUID customerId) {
}
