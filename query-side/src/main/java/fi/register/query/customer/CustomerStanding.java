package fi.register.query.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;

/** Where a customer stands in the register view: the one place that turns "unknown" into 404 and "erased" into 410. */
public enum CustomerStanding {

    REGISTERED,
    UNKNOWN,
    ERASED;

    /** Nothing for a registered customer; otherwise the refusal the API answers. */
    public void requireRegistered() {
        if (this != REGISTERED) {
            throw refusal();
        }
    }

    QueryRefusedException refusal() {
        return switch (this) {
            case UNKNOWN -> new QueryRefusedException(Refusal.SUBJECT_NOT_FOUND, "No customer with this id: check the id.");
            case ERASED -> new QueryRefusedException(Refusal.SUBJECT_ERASED,
                    "This customer was erased: the register holds no personal data about them any more.");
            case REGISTERED -> throw new IllegalStateException("A registered customer is not refused");
        };
    }
}
