package fi.register.command.console;

import fi.register.command.address.AddressRequest;
import fi.register.command.customer.RectifyCustomerRequest;
import fi.register.events.customer.CustomerField;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rectification form as posted: each field's value now, and (hidden, {@code was.<field>}) its value on record when
 * the form was drawn. Only a field that changed is corrected, so the correction records what staff changed and
 * nothing else; an e-mail address, phone or address emptied is removed, as the API's {@code remove} does. A name
 * emptied is sent empty, for the API's rules to refuse.
 */
record RectificationForm(String kind, Map<String, String> details, Map<String, String> was) {

    static final List<String> FIELDS = List.of("firstName", "lastName", "companyName", "businessId", "phone", "email",
            "street", "postalCode", "city", "country", "customerGroup", "language");
    private static final List<String> ADDRESS = List.of("street", "postalCode", "city", "country");

    static RectificationForm posted(Map<String, String> posted) {
        Map<String, String> details = new LinkedHashMap<>();
        Map<String, String> was = new LinkedHashMap<>();
        for (String field : FIELDS) {
            details.put(field, strip(posted.get(field)));
            was.put(field, strip(posted.get("was." + field)));
        }
        return new RectificationForm("COMPANY".equals(posted.get("kind")) ? "COMPANY" : "PERSON", details, was);
    }

    /** Every value posted, now and on record, for the identity-code screen (a value on record is screened too). */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>(details);
        was.forEach((field, value) -> {
            if (value != null && !value.equals(details.get(field))) {
                values.put("was." + field, value);
            }
        });
        return values;
    }

    RectificationForm without(Set<String> fields) {
        Map<String, String> keptDetails = new LinkedHashMap<>(details);
        Map<String, String> keptWas = new LinkedHashMap<>(was);
        fields.forEach(field -> {
            keptDetails.replace(field, "");
            keptWas.replace(field.replaceFirst("^was\\.", ""), "");
        });
        return new RectificationForm(kind, keptDetails, keptWas);
    }

    RectifyCustomerRequest toRequest() {
        Set<CustomerField> remove = EnumSet.noneOf(CustomerField.class);
        String email = changed("email", CustomerField.EMAIL, remove);
        String phone = changed("phone", CustomerField.PHONE, remove);
        AddressRequest address = null;
        if (ADDRESS.stream().anyMatch(this::differs)) {
            if (ADDRESS.stream().filter(part -> !part.equals("country")).allMatch(part -> details.get(part).isEmpty())) {
                remove.add(CustomerField.ADDRESS);
            } else {
                address = new AddressRequest(given("street"), given("postalCode"), given("city"), given("country"));
            }
        }
        return new RectifyCustomerRequest(sentIfChanged("firstName"), sentIfChanged("lastName"),
                sentIfChanged("companyName"), sentIfChanged("businessId"), address, null, email, phone,
                sentIfChanged("customerGroup"), sentIfChanged("language"), remove.isEmpty() ? null : remove);
    }

    /** A removable field: its new value, or null, noting it removed when it was emptied. */
    private String changed(String field, CustomerField asField, Set<CustomerField> remove) {
        if (!differs(field)) {
            return null;
        }
        if (details.get(field).isEmpty()) {
            remove.add(asField);
            return null;
        }
        return details.get(field);
    }

    /** A field that cannot be removed: its new value, even empty (the API refuses an empty one), or null if unchanged. */
    private String sentIfChanged(String field) {
        return differs(field) ? details.get(field) : null;
    }

    private String given(String field) {
        return details.get(field).isEmpty() ? null : details.get(field);
    }

    private boolean differs(String field) {
        return !details.get(field).equals(was.get(field));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
