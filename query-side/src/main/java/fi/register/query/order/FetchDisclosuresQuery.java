package fi.register.query.order;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for a subject's disclosures; answered with a list of {@link DisclosureResponse}, oldest first. */
public record FetchDisclosuresQuery(@DataSubjectId UUID customerId) {
}
