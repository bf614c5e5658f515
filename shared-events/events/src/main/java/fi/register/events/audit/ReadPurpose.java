package fi.register.events.audit;

/**
 * Why a user consulted a subject's personal data, as the access copy tells the subject (GDPR Art. 15; the CJEU in
 * C-579/21 held that the dates and purposes of consultations belong to the copy). Derived from what the reader was
 * doing, the endpoint or console page, never typed in by the reader: a purpose nobody has to remember to give.
 */
public enum ReadPurpose {
    /** Serving the customer: their register entry looked up by id, on the console card or through the API. */
    CUSTOMER_SERVICE,
    /** Finding the customer: a search or the list of recently active customers showed them among others. */
    FINDING_THE_CUSTOMER,
    /** Correcting the customer's data: the prefilled rectification form. */
    RECTIFICATION,
    /** Answering the customer's request of access or portability (GDPR Art. 15, 20). */
    ANSWERING_AN_ACCESS_REQUEST,
    /** Managing the customer's bookings. */
    BOOKINGS,
    /** Delivering the customer's orders. */
    ORDER_DELIVERY,
    /** Designing the customer's relaxation programs. */
    PROGRAM_DESIGN;

    /** The purpose a read of this kind serves when the page it came from says nothing more. */
    public static ReadPurpose derivedFrom(PersonalDataRead what) {
        if (what == null) {
            return CUSTOMER_SERVICE;
        }
        return switch (what) {
            case REGISTER_VIEW -> CUSTOMER_SERVICE;
            case EMAIL_SEARCH_HIT, SEARCH_HIT, RECENTLY_ACTIVE_LIST -> FINDING_THE_CUSTOMER;
            case ACCESS_EXPORT -> ANSWERING_AN_ACCESS_REQUEST;
            case BOOKINGS -> BOOKINGS;
            case ORDERS, ORDER_CONFIRMATION -> ORDER_DELIVERY;
            case RECOMMENDATIONS, PROGRAM_FEEDBACK -> PROGRAM_DESIGN;
        };
    }
}
