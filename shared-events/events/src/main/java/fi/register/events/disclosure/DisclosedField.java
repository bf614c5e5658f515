package fi.register.events.disclosure;

/**
 * What a disclosure may send out. Health data (interview, program recommendations and feedback) is deliberately
 * absent: no disclosure through the register can carry it.
 */
public enum DisclosedField {
    /** First and last name; for a company customer also the company name. */
    NAME,
    /** The customer's postal address. */
    ADDRESS,
    /** Billing address or e-invoicing details. */
    BILLING,
    EMAIL,
    PHONE,
    LANGUAGE,
    CUSTOMER_GROUP,
    /** The date of birth recorded for a FIRSTBEAT analysis. */
    DATE_OF_BIRTH,
    /** The delivery address of an order. Order fields go out only in an order confirmation. */
    DELIVERY_ADDRESS,
    /** How to reach the customer for the delivery: the phone number, or the e-mail address when no phone is on record. */
    DELIVERY_CONTACT,
    /** The product ordered. */
    PRODUCT,
    /** The order's id, for the recipient to refer to it. */
    ORDER_REFERENCE;

    /** Fields that describe one order, and so go out only in that order's confirmation. */
    public boolean isOrderField() {
        return this == DELIVERY_ADDRESS || this == DELIVERY_CONTACT || this == PRODUCT || this == ORDER_REFERENCE;
    }
}
