package fi.register.events.customer;

/** The fields of the register entry that rectification can change. */
public enum CustomerField {
    FIRST_NAME,
    LAST_NAME,
    COMPANY_NAME,
    BUSINESS_ID,
    ADDRESS,
    BILLING,
    EMAIL,
    PHONE,
    CUSTOMER_GROUP,
    LANGUAGE
}
