package fi.register.query.order;

import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;

import java.util.Set;

/**
 * What the order view keeps of the register entry to compose an order confirmation: names and how to reach the
 * customer. Not the address, billing or business id: no confirmation field needs them. Kept only sealed.
 */
record ContactDetails(String firstName, String lastName, String companyName, String email, String phone) {

    static ContactDetails of(CustomerRegisteredEvent event) {
        return new ContactDetails(event.firstName(), event.lastName(), event.companyName(), event.email(), event.phone());
    }

    /** Only the fields the event names as rectified change. */
    ContactDetails rectifiedBy(CustomerRectifiedEvent event) {
        Set<CustomerField> fields = event.rectifiedFields();
        return new ContactDetails(
                fields.contains(CustomerField.FIRST_NAME) ? event.firstName() : firstName,
                fields.contains(CustomerField.LAST_NAME) ? event.lastName() : lastName,
                fields.contains(CustomerField.COMPANY_NAME) ? event.companyName() : companyName,
                fields.contains(CustomerField.EMAIL) ? event.email() : email,
                fields.contains(CustomerField.PHONE) ? event.phone() : phone);
    }

    static boolean changesContact(CustomerRectifiedEvent event) {
        return event.rectifiedFields().stream().anyMatch(field -> field == CustomerField.FIRST_NAME
                || field == CustomerField.LAST_NAME || field == CustomerField.COMPANY_NAME
                || field == CustomerField.EMAIL || field == CustomerField.PHONE);
    }

    /** Field values are personal data: never let a stray log line print them. */
    @Override
    public String toString() {
        return "ContactDetails[sealed]";
    }
}
