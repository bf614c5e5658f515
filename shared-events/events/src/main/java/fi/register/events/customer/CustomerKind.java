package fi.register.events.customer;

/** A customer is a natural person or a company (a legal person, with a Y-tunnus). */
public enum CustomerKind {
    PERSON,
    COMPANY
}
