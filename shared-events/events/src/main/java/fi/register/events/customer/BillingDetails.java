package fi.register.events.customer;

/**
 * How the customer is billed: a billing address, or e-invoicing details
 * (the e-invoice address, such as an OVT code, and the operator's code).
 */
public record BillingDetails(PostalAddress address, String eInvoiceAddress, String eInvoiceOperator) {
}
