package fi.register.query.booking;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for a subject's service events; answered with a list of {@link ServiceEventResponse}, oldest first. */
public record FetchServiceEventsQuery(@DataSubjectId UUID customerId) {
}
