package fi.register.command.customer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fi.register.command.address.AddressRequest;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.RectifyCustomerCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.register.command.mergepatch.ClearedMembers;
import java.util.Set;
import java.util.UUID;

/**
 * A rectification as a JSON Merge Patch (RFC 7396) of the customer's details: a member absent leaves the field as it
 * is, a member with a value corrects it, and a member set to {@code null} clears it. Jackson calls a setter for a
 * member that is present, {@code null} included, and never for an absent one: that is how the two are told apart, which
 * a record cannot do. The values follow the same constraints as at registration; whether a field may be cleared (an
 * optional one, never the last way to reach the customer) is the aggregate's decision, as for {@code remove} in a PUT.
 * <p>
 * The address and the billing details are replaced whole, not merged member by member as RFC 7396 would for a nested
 * object: the command side never holds their current values (only the encrypted events do), and a postal address is
 * only valid as a whole.
 */
public final class CustomerMergePatch {

    private final ClearedMembers<CustomerField> cleared = new ClearedMembers<>(CustomerField.class);

    @Size(min = 1, max = 100) private String firstName;
    @Size(min = 1, max = 100) private String lastName;
    @Size(min = 1, max = 200) private String companyName;
    @Size(max = 20) private String businessId;
    @Valid private AddressRequest address;
    @Valid private BillingRequest billing;
    @Email @Size(min = 3, max = 254) private String email;
    @Pattern(regexp = CustomerRequests.PHONE, message = CustomerRequests.PHONE_MESSAGE) private String phone;
    @Size(min = 1, max = 64) private String customerGroup;
    @Pattern(regexp = CustomerRequests.LANGUAGE, message = CustomerRequests.LANGUAGE_MESSAGE) private String language;

    public void setFirstName(String firstName) {
        this.firstName = cleared.note(CustomerField.FIRST_NAME, firstName);
    }

    public void setLastName(String lastName) {
        this.lastName = cleared.note(CustomerField.LAST_NAME, lastName);
    }

    public void setCompanyName(String companyName) {
        this.companyName = cleared.note(CustomerField.COMPANY_NAME, companyName);
    }

    public void setBusinessId(String businessId) {
        this.businessId = cleared.note(CustomerField.BUSINESS_ID, businessId);
    }

    public void setAddress(AddressRequest address) {
        this.address = cleared.note(CustomerField.ADDRESS, address);
    }

    void setBilling(BillingRequest billing) {
        this.billing = cleared.note(CustomerField.BILLING, billing);
    }

    public void setEmail(String email) {
        this.email = cleared.note(CustomerField.EMAIL, email);
    }

    public void setPhone(String phone) {
        this.phone = cleared.note(CustomerField.PHONE, phone);
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = cleared.note(CustomerField.CUSTOMER_GROUP, customerGroup);
    }

    public void setLanguage(String language) {
        this.language = cleared.note(CustomerField.LANGUAGE, language);
    }

    /** The fields the patch sets to {@code null}. */
    @JsonIgnore
    public Set<CustomerField> cleared() {
        return cleared.fields();
    }

    public RectifyCustomerCommand toCommand(UUID customerId) {
        return new RectifyCustomerCommand(customerId, firstName, lastName, companyName, businessId,
                AddressRequest.toPostalAddress(address), BillingRequest.toBillingDetails(billing), email, phone,
                customerGroup, language, cleared.fields());
    }


    /** Member values are personal data: never let a stray log line print them. */
    @Override
    public String toString() {
        return "CustomerMergePatch[cleared=" + cleared + "]";
    }
}
