package fi.register.query.order;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for a subject's orders; answered with a list of {@link OrderResponse}, oldest first. */
public record FetchOrdersQuery(@DataSubjectId UUID customerId) {
}
