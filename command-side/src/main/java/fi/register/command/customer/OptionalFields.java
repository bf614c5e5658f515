package fi.register.command.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.RectifyCustomerCommand;

import java.util.EnumSet;
import java.util.Set;

import static fi.register.events.customer.CustomerField.ADDRESS;
import static fi.register.events.customer.CustomerField.BILLING;
import static fi.register.events.customer.CustomerField.EMAIL;
import static fi.register.events.customer.CustomerField.FIRST_NAME;
import static fi.register.events.customer.CustomerField.LAST_NAME;
import static fi.register.events.customer.CustomerField.PHONE;

/**
 * The fields a register entry may lack: registration takes what the intake has, so the aggregate remembers which of
 * these are on record (never their values) for the decisions that need them: one way to reach the customer must always
 * remain, and an order is billed to an address.
 */
final class OptionalFields {

    /** What a rectification may take off any entry, and what the aggregate tracks as on record or not. */
    static final Set<CustomerField> REMOVABLE = EnumSet.of(ADDRESS, BILLING, EMAIL, PHONE);
    /** A company's contact person is optional at the intake, so a correction may clear the names too. */
    private static final Set<CustomerField> REMOVABLE_FOR_COMPANY = EnumSet.of(ADDRESS, BILLING, EMAIL, PHONE,
            FIRST_NAME, LAST_NAME);
    private static final Set<CustomerField> WAYS_TO_REACH = EnumSet.of(EMAIL, PHONE);

    private OptionalFields() {
    }

    /**
     * What an entry of this kind may lack, so a correction may clear it: what registration requires (a person's names,
     * a company's name and Y-tunnus, the group, the language) never.
     */
    static Set<CustomerField> removableFor(CustomerKind kind) {
        return kind == CustomerKind.COMPANY ? REMOVABLE_FOR_COMPANY : REMOVABLE;
    }

    static Set<CustomerField> givenIn(CustomerRegisteredEvent event) {
        Set<CustomerField> given = EnumSet.noneOf(CustomerField.class);
        addIf(given, ADDRESS, event.address() != null);
        addIf(given, BILLING, event.billing() != null);
        addIf(given, EMAIL, event.email() != null);
        addIf(given, PHONE, event.phone() != null);
        return given;
    }

    /** A field the rectification names is on record when it carries a value, and removed when it carries none. */
    static void rectify(Set<CustomerField> onRecord, CustomerRectifiedEvent event) {
        for (CustomerField field : REMOVABLE) {
            if (event.rectifiedFields().contains(field)) {
                if (valueOf(event, field) != null) {
                    onRecord.add(field);
                } else {
                    onRecord.remove(field);
                }
            }
        }
    }

    /** The correction may remove the e-mail address or the phone, but not both: one way to reach the customer stays. */
    static void requireAWayToReachAfter(Set<CustomerField> onRecord, RectifyCustomerCommand correction) {
        Set<CustomerField> after = EnumSet.noneOf(CustomerField.class);
        after.addAll(onRecord);
        after.removeAll(correction.removedFields());
        addIf(after, EMAIL, correction.email() != null);
        addIf(after, PHONE, correction.phone() != null);
        after.retainAll(WAYS_TO_REACH);
        if (after.isEmpty()) {
            // named by the field being cleared, as a JSON Merge Patch sent it ({"phone": null}), and as "remove" too,
            // the PUT's list that the console's form shows this refusal by
            String whatToDo = "the e-mail address and the phone cannot both be removed: one way to reach the customer "
                    + "must remain, so give the other first.";
            FieldsToFix lastWay = new FieldsToFix().add("remove", whatToDo);
            for (CustomerField removed : correction.removedFields()) {
                if (WAYS_TO_REACH.contains(removed)) {
                    lastWay.add(RectifiedFields.memberName(removed), whatToDo);
                }
            }
            lastWay.refuseAny();
        }
    }

    /** An order is billed: to the customer's address, or by the billing details. */
    static void requireAddressForOrder(Set<CustomerField> onRecord) {
        if (!onRecord.contains(ADDRESS) && !onRecord.contains(BILLING)) {
            throw FieldsToFix.refusal(Refusal.ADDRESS_REQUIRED, "address", "this customer has no address (nor billing "
                    + "details), which billing the order needs: add it by rectifying the customer "
                    + "(PUT /api/customers/{customerId}), then place the order again.");
        }
    }

    private static Object valueOf(CustomerRectifiedEvent event, CustomerField field) {
        return switch (field) {
            case ADDRESS -> event.address();
            case BILLING -> event.billing();
            case EMAIL -> event.email();
            case PHONE -> event.phone();
            default -> throw new IllegalArgumentException("not an optional field: " + field);
        };
    }

    private static void addIf(Set<CustomerField> fields, CustomerField field, boolean given) {
        if (given) {
            fields.add(field);
        }
    }
}
