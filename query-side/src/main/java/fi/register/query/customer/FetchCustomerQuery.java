package fi.register.query.customer;

import fi.register.events.personal.DataSubjectId;

import java.util.UUID;

/** Asks the query side for one subject's register view; answered with a {@link CustomerResponse}. */
public record FetchCustomerQuery(@DataSubjectId UUID customerId) {
}
