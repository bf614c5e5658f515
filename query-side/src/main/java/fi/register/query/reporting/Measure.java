package fi.register.query.reporting;

import java.util.List;

/**
 * What the service-use report counts, and by which dimensions. Every dimension is a code from the published language
 * (a service code, an enum name), never a value a customer typed or an id, so no count can be traced back to a person
 * except through its size, which {@link SmallCellSuppression} takes care of.
 */
enum Measure {
    CUSTOMERS_REGISTERED("customersRegistered", "kind", "customerGroup"),
    SERVICES_COMPLETED("servicesCompleted", "service", "kind"),
    BOOKINGS_MADE("bookingsMade", "service", "channel"),
    BOOKINGS_CANCELLED("bookingsCancelled", "service", "channel"),
    ORDERS_PLACED("ordersPlaced", "product", "terms"),
    CONSENTS_GIVEN("consentsGiven", "purpose", "channel"),
    CONSENTS_WITHDRAWN("consentsWithdrawn", "purpose", "channel"),
    ERASURES("erasures", "reason"),
    INTERVIEWS_BY_SERVICE("interviewsByService", "service");

    private final String key;
    private final List<String> dimensions;

    Measure(String key, String... dimensions) {
        this.key = key;
        this.dimensions = List.of(dimensions);
    }

    /** The name in stored facts and in the JSON answer. */
    String key() {
        return key;
    }

    List<String> dimensions() {
        return dimensions;
    }
}
