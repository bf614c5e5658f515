package fi.register.command.console;

import fi.register.command.disclosure.DisclosePersonalDataRequest;
import fi.register.events.disclosure.DisclosedField;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A disclosure as posted: the recipient, one of the named parties, and the fields chosen (checkboxes). */
record DisclosureForm(String recipient, List<String> fields) implements CommandForm<DisclosureForm> {

    static DisclosureForm blank() {
        return new DisclosureForm("", List.of());
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("recipient", recipient);
        values.put("fields", FormFields.joined(fields));
        return values;
    }

    @Override
    public DisclosureForm without(Set<String> refused) {
        return new DisclosureForm(refused.contains("recipient") ? "" : recipient,
                refused.contains("fields") ? List.of() : fields);
    }

    public List<String> chosenFields() {
        return FormFields.chosen(fields);
    }

    DisclosePersonalDataRequest toRequest() {
        Set<DisclosedField> chosen = new LinkedHashSet<>();
        chosenFields().stream().map(field -> FormFields.choice(DisclosedField.class, field)).filter(Objects::nonNull)
                .forEach(chosen::add);
        return new DisclosePersonalDataRequest(FormFields.given(recipient), chosen);
    }
}
