package fi.register.query.customer;

import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;

import java.util.Set;

import static fi.register.events.customer.CustomerField.ADDRESS;
import static fi.register.events.customer.CustomerField.BILLING;
import static fi.register.events.customer.CustomerField.BUSINESS_ID;
import static fi.register.events.customer.CustomerField.COMPANY_NAME;
import static fi.register.events.customer.CustomerField.EMAIL;
import static fi.register.events.customer.CustomerField.FIRST_NAME;
import static fi.register.events.customer.CustomerField.LAST_NAME;
import static fi.register.events.customer.CustomerField.PHONE;

/** The personal part of a register entry: what the view keeps only encrypted, as one sealed blob. */
record PersonalDetails(String firstName, String lastName, String companyName, String businessId,
                       PostalAddress address, BillingDetails billing, String email, String phone) {

    static PersonalDetails of(CustomerRegisteredEvent event) {
        return new PersonalDetails(event.firstName(), event.lastName(), event.companyName(), event.businessId(),
                event.address(), event.billing(), event.email(), event.phone());
    }

    /** Only the fields the event names as rectified change; the others keep their value. */
    PersonalDetails rectifiedBy(CustomerRectifiedEvent event) {
        Set<CustomerField> fields = event.rectifiedFields();
        return new PersonalDetails(
                fields.contains(FIRST_NAME) ? event.firstName() : firstName,
                fields.contains(LAST_NAME) ? event.lastName() : lastName,
                fields.contains(COMPANY_NAME) ? event.companyName() : companyName,
                fields.contains(BUSINESS_ID) ? event.businessId() : businessId,
                fields.contains(ADDRESS) ? event.address() : address,
                fields.contains(BILLING) ? event.billing() : billing,
                fields.contains(EMAIL) ? event.email() : email,
                fields.contains(PHONE) ? event.phone() : phone);
    }

    /** Field values are personal data: never let a stray log line print them. */
    @Override
    public String toString() {
        return "PersonalDetails[sealed]";
    }
}
