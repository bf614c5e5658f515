package fi.register.events.order;

public enum OrderTerms {
    SALE,
    RENTAL
}
