package fi.register.command.console;

import fi.register.command.address.AddressRequest;
import fi.register.command.customer.RegisterCustomerRequest;
import fi.register.events.customer.CustomerKind;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registration form as a browser posts it: every field a string, an empty field sent as "". It becomes the API's
 * own request, so the API's rules decide; an empty field is a field not given, and the address counts as given once
 * its street, postal code or city is (the country alone is the form's default, not an address).
 */
record RegistrationForm(String kind, String firstName, String lastName, String companyName, String businessId,
                        String street, String postalCode, String city, String country,
                        String email, String phone, String customerGroup, String language) {

    static RegistrationForm blank(String defaultLanguage) {
        return new RegistrationForm("PERSON", "", "", "", "", "", "", "", "FI", "", "", "", defaultLanguage);
    }

    /** The values by field name, as the screen and the form's refusals name them. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind);
        values.put("firstName", firstName);
        values.put("lastName", lastName);
        values.put("companyName", companyName);
        values.put("businessId", businessId);
        values.put("street", street);
        values.put("postalCode", postalCode);
        values.put("city", city);
        values.put("country", country);
        values.put("email", email);
        values.put("phone", phone);
        values.put("customerGroup", customerGroup);
        values.put("language", language);
        return values;
    }

    /** The form again with the named fields emptied: a value the register refuses to hold is not shown back either. */
    RegistrationForm without(java.util.Set<String> fields) {
        Map<String, String> values = values();
        fields.forEach(field -> values.replace(field, ""));
        return new RegistrationForm(values.get("kind"), values.get("firstName"), values.get("lastName"),
                values.get("companyName"), values.get("businessId"), values.get("street"), values.get("postalCode"),
                values.get("city"), values.get("country"), values.get("email"), values.get("phone"),
                values.get("customerGroup"), values.get("language"));
    }

    RegisterCustomerRequest toRequest() {
        CustomerKind customerKind = CustomerKind.PERSON.name().equals(kind) ? CustomerKind.PERSON
                : CustomerKind.COMPANY.name().equals(kind) ? CustomerKind.COMPANY : null;
        boolean person = customerKind == CustomerKind.PERSON;
        boolean addressGiven = given(street) != null || given(postalCode) != null || given(city) != null;
        AddressRequest address = addressGiven
                ? new AddressRequest(given(street), given(postalCode), given(city), given(country)) : null;
        // the form shows both kinds' name fields; only the chosen kind's are sent
        return new RegisterCustomerRequest(customerKind,
                person ? given(firstName) : null, person ? given(lastName) : null,
                person ? null : given(companyName), person ? null : given(businessId),
                address, null, given(email), given(phone), given(customerGroup), given(language));
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
