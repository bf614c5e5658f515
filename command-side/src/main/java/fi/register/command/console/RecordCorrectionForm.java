package fi.register.command.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form correcting one of a customer's records (any {@code CorrectedRecord}) as posted: each field's
 * value now and (hidden, {@code was.<field>}) its value on record when the query side drew the form. As with the
 * customer's own details, only a field staff changed goes into the merge patch, so the correction records what they
 * changed and nothing else.
 */
record RecordCorrectionForm(Map<String, String> details, Map<String, String> was)
        implements CommandForm<RecordCorrectionForm> {

    static RecordCorrectionForm posted(List<String> fields, Map<String, String> posted) {
        Map<String, String> details = new LinkedHashMap<>();
        Map<String, String> was = new LinkedHashMap<>();
        for (String field : fields) {
            details.put(field, strip(posted.get(field)));
            was.put(field, strip(posted.get("was." + field)));
        }
        return new RecordCorrectionForm(details, was);
    }

    /** Every value posted, now and on record, for the identity-code screen (a value on record is screened too). */
    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>(details);
        was.forEach((field, value) -> {
            if (!value.equals(details.get(field))) {
                values.put("was." + field, value);
            }
        });
        return values;
    }

    @Override
    public RecordCorrectionForm without(Set<String> fields) {
        Map<String, String> keptDetails = new LinkedHashMap<>(details);
        Map<String, String> keptWas = new LinkedHashMap<>(was);
        fields.forEach(field -> {
            keptDetails.replace(field, "");
            keptWas.replace(field.replaceFirst("^was\\.", ""), "");
        });
        return new RecordCorrectionForm(keptDetails, keptWas);
    }

    boolean changed(String field) {
        return !details.get(field).equals(was.get(field));
    }

    /** The value entered; null for a field emptied, which the merge patch reads as "clear it". */
    String entered(String field) {
        return details.get(field).isEmpty() ? null : details.get(field);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
