package fi.register.command.customer;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.RectifyCustomerCommand;
import fi.register.events.customer.RegisterCustomerCommand;
import fi.register.command.menu.CustomerGroups;
import fi.register.events.customer.CustomerField;
import fi.register.guard.BusinessIdCheck;

import java.util.Collections;
import java.util.Set;
import java.util.UUID;

/**
 * What a register entry must satisfy beyond the shape of the request: what the intake must have (the names its kind
 * needs, a company's Y-tunnus, one way to reach the customer), the fields docs/requirements.md allows for each kind of
 * customer, a Y-tunnus whose check digit holds, a known customer group and an e-mail address no other customer has.
 * The address and the billing details are not required here: an order asks for them ({@link OptionalFields}).
 */
final class CustomerDetailsRules {

    private static final String WAY_TO_REACH = "give a phone or an e-mail address: at least one way to reach the customer.";

    private CustomerDetailsRules() {
    }

    static void requireForRegistration(RegisterCustomerCommand entry, CustomerGroups groups, EmailRegistry emails) {
        requireWhatTheIntakeNeeds(entry);
        requireAllowedForKind(entry.kind(), entry.companyName(), entry.businessId());
        requireKnownGroup(groups, entry.customerGroup());
        requireUnusedEmail(emails, entry.email(), entry.customerId());
    }

    /**
     * The fields corrected follow the same rules as at registration, for the kind the customer was registered as; a
     * field removed must be one an entry may lack, and one way to reach the customer must remain.
     */
    static void requireForRectification(CustomerKind kind, Set<CustomerField> onRecord, RectifyCustomerCommand correction,
                                        CustomerGroups groups, EmailRegistry emails) {
        requireRemovable(kind, correction);
        OptionalFields.requireAWayToReachAfter(onRecord, correction);
        requireAllowedForKind(kind, correction.companyName(), correction.businessId());
        requireKnownGroup(groups, correction.customerGroup());
        requireUnusedEmail(emails, correction.email(), correction.customerId());
    }

    /** A person is known by first and last name, a company by its name and Y-tunnus; either must be reachable. */
    private static void requireWhatTheIntakeNeeds(RegisterCustomerCommand entry) {
        FieldsToFix missing = new FieldsToFix();
        if (entry.kind() == CustomerKind.PERSON) {
            missing.requireGiven("firstName", entry.firstName(), "a person needs a first name.")
                    .requireGiven("lastName", entry.lastName(), "a person needs a last name.");
        }
        if (entry.kind() == CustomerKind.COMPANY) {
            missing.requireGiven("companyName", entry.companyName(), "a company needs its company name.")
                    .requireGiven("businessId", entry.businessId(), "a company needs its business id (Y-tunnus).");
        }
        if (isBlank(entry.email()) && isBlank(entry.phone())) {
            missing.add("email", WAY_TO_REACH).add("phone", WAY_TO_REACH);
        }
        missing.refuseAny();
    }

    /** A field registration requires cannot be cleared: the refusal names it, so a merge patch sees which member. */
    private static void requireRemovable(CustomerKind kind, RectifyCustomerCommand correction) {
        Set<CustomerField> removable = OptionalFields.removableFor(kind);
        FieldsToFix required = new FieldsToFix();
        for (CustomerField field : correction.removedFields()) {
            if (!removable.contains(field)) {
                required.add(RectifiedFields.memberName(field), "a " + kind + " customer's entry needs it, so it "
                        + "cannot be removed: send its corrected value instead.");
            }
        }
        required.refuseAny();
        if (!Collections.disjoint(correction.removedFields(), RectifiedFields.sent(correction))) {
            throw FieldsToFix.refusal(Refusal.INVALID_FIELD, "remove",
                    "a field is both corrected and removed: send its new value or remove it, not both.");
        }
    }

    private static void requireAllowedForKind(CustomerKind kind, String companyName, String businessId) {
        if (kind == CustomerKind.PERSON && (companyName != null || businessId != null)) {
            throw refused(Refusal.FIELD_NOT_FOR_KIND,
                    "companyName and businessId are kept only for COMPANY customers: remove them.");
        }
        if (businessId != null && !BusinessIdCheck.isValid(businessId)) {
            throw refused(Refusal.INVALID_BUSINESS_ID, BusinessIdCheck.describeProblem(businessId));
        }
    }

    private static void requireKnownGroup(CustomerGroups groups, String customerGroup) {
        if (customerGroup != null && !groups.contains(customerGroup)) {
            throw refused(Refusal.UNKNOWN_CUSTOMER_GROUP, "customerGroup must be one of " + groups.customerGroups() + ".");
        }
    }

    static final String EMAIL_TAKEN_DETAIL = "Another customer is registered with this e-mail address: "
            + "find that customer by e-mail instead of registering again.";

    private static void requireUnusedEmail(EmailRegistry registry, String email, UUID customerId) {
        if (email != null && registry.isTakenByAnother(email, customerId)) {
            throw refused(Refusal.EMAIL_TAKEN, EMAIL_TAKEN_DETAIL);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static CommandRefusedException refused(Refusal refusal, String message) {
        return new CommandRefusedException(refusal, message);
    }
}
