package fi.register.command.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.RectifyCustomerCommand;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fields a rectification corrects: those sent, and those removed (named with no value). The event names them, so
 * the history shows what was corrected without anyone having to compare encrypted values. A rectification that
 * corrects nothing is refused: it would record a processing that changed nothing.
 */
final class RectifiedFields {

    private RectifiedFields() {
    }

    static Set<CustomerField> of(RectifyCustomerCommand command) {
        Set<CustomerField> fields = sent(command);
        fields.addAll(command.removedFields());
        if (fields.isEmpty()) {
            throw new CommandRefusedException(Refusal.NOTHING_TO_RECTIFY, "Send at least one field to correct or remove.");
        }
        return fields;
    }

    /** The fields given a new value. */
    static Set<CustomerField> sent(RectifyCustomerCommand command) {
        Set<CustomerField> fields = EnumSet.noneOf(CustomerField.class);
        addIfSent(fields, CustomerField.FIRST_NAME, command.firstName());
        addIfSent(fields, CustomerField.LAST_NAME, command.lastName());
        addIfSent(fields, CustomerField.COMPANY_NAME, command.companyName());
        addIfSent(fields, CustomerField.BUSINESS_ID, command.businessId());
        addIfSent(fields, CustomerField.ADDRESS, command.address());
        addIfSent(fields, CustomerField.BILLING, command.billing());
        addIfSent(fields, CustomerField.EMAIL, command.email());
        addIfSent(fields, CustomerField.PHONE, command.phone());
        addIfSent(fields, CustomerField.CUSTOMER_GROUP, command.customerGroup());
        addIfSent(fields, CustomerField.LANGUAGE, command.language());
        return fields;
    }

    /** The field's member name in the API's JSON ({@code FIRST_NAME} is {@code firstName}), which refusals name. */
    static String memberName(Enum<?> field) {
        StringBuilder name = new StringBuilder();
        for (String word : field.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static void addIfSent(Set<CustomerField> fields, CustomerField field, Object value) {
        if (value != null) {
            fields.add(field);
        }
    }
}
