package fi.register.command.console;

import fi.register.command.consent.GiveConsentRequest;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The consent form as posted, every field a string; it becomes the API's own request, an empty field a field not
 * given and a choice the API does not know a missing one (refused by the API's rules, next to the field).
 */
record ConsentForm(String purpose, String channel, String recipient, String evidenceMethod, String evidenceReference,
                   String noticeVersion) {

    static ConsentForm blank() {
        return new ConsentForm("", "", "", "", "", "");
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("purpose", purpose);
        values.put("channel", channel);
        values.put("recipient", recipient);
        values.put("evidenceMethod", evidenceMethod);
        values.put("evidenceReference", evidenceReference);
        values.put("noticeVersion", noticeVersion);
        return values;
    }

    ConsentForm without(java.util.Set<String> fields) {
        Map<String, String> values = values();
        fields.forEach(field -> values.replace(field, ""));
        return new ConsentForm(values.get("purpose"), values.get("channel"), values.get("recipient"),
                values.get("evidenceMethod"), values.get("evidenceReference"), values.get("noticeVersion"));
    }

    GiveConsentRequest toRequest() {
        return new GiveConsentRequest(choice(ConsentPurpose.class, purpose), choice(MarketingChannel.class, channel),
                given(recipient),
                new GiveConsentRequest.Evidence(choice(EvidenceMethod.class, evidenceMethod), given(evidenceReference)),
                given(noticeVersion));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElse(null);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
