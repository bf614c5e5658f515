package fi.register.command.customer;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.RectifyCustomerCommand;
import fi.register.events.customer.RegisterCustomerCommand;
import fi.register.command.menu.CustomerGroups;
import fi.register.guard.BusinessIdCheck;

import java.util.UUID;

/**
 * What a register entry must satisfy beyond the shape of the request: the fields docs/requirements.md
 * allows for each kind of customer, a Y-tunnus whose check digit holds, a known customer group
 * and an e-mail address no other customer has.
 */
final class CustomerDetailsRules {

    private CustomerDetailsRules() {
    }

    static void requireForRegistration(RegisterCustomerCommand entry, CustomerGroups groups, EmailRegistry emails) {
        requireForKind(entry.kind(), entry.companyName(), entry.businessId(), entry.billing());
        requireKnownGroup(groups, entry.customerGroup());
        requireUnusedEmail(emails, entry.email(), entry.customerId());
    }

    /** The fields corrected follow the same rules as at registration, for the kind the customer was registered as. */
    static void requireForRectification(CustomerKind kind, RectifyCustomerCommand correction, CustomerGroups groups,
                                        EmailRegistry emails) {
        requireAllowedForKind(kind, correction.companyName(), correction.businessId());
        requireKnownGroup(groups, correction.customerGroup());
        requireUnusedEmail(emails, correction.email(), correction.customerId());
    }

    /** docs/requirements.md keeps a company's name, Y-tunnus and billing details, and none of them for a person. */
    private static void requireForKind(CustomerKind kind, String companyName, String businessId, Object billing) {
        if (kind == CustomerKind.COMPANY && (isBlank(companyName) || isBlank(businessId) || billing == null)) {
            throw refused(Refusal.INVALID_FIELD, "A COMPANY customer needs companyName, businessId and billing.");
        }
        requireAllowedForKind(kind, companyName, businessId);
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
