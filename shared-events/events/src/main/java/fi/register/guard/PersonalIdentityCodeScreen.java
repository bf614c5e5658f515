package fi.register.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.Map;

/**
 * Screens a whole incoming request for a personal identity code: its path, its query string and its body, including
 * every JSON property name and value (even ones the API does not know). Both sides' HTTP filters use it, so what
 * counts as "anywhere in a request" is decided here once. It is given the request as the application will read it:
 * path and query already percent-decoded, the body already decoded from UTF-8 (the filter refuses anything else).
 */
public final class PersonalIdentityCodeScreen {

    /** Refuses trailing content as the application's own mapper does, so nothing after the JSON goes unscreened. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The property that holds a phone number in every request that has one. */
    private static final String PHONE = "phone";

    private PersonalIdentityCodeScreen() {
    }

    public static boolean inRequest(String decodedPath, String decodedQuery, String body) {
        if (PersonalIdentityCodeDetector.containsPersonalIdentityCode(decodedPath)
                || PersonalIdentityCodeDetector.containsPersonalIdentityCode(decodedQuery)) {
            return true;
        }
        if (body == null || body.isEmpty()) {
            return false;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            // the application will refuse it too, but nothing reads past the screen unscreened
            return PersonalIdentityCodeDetector.containsPersonalIdentityCode(body);
        }
        // JSON escapes (\u0031...) would hide a code from the raw text: the decoded names and values are screened
        return anyTextCarriesCode(json, null);
    }

    private static boolean anyTextCarriesCode(JsonNode node, String name) {
        if (node == null) {
            return false;
        }
        if (node.isValueNode()) {
            String text = node.asText();
            return PHONE.equals(name) && node.isTextual()
                    ? PersonalIdentityCodeDetector.containsPersonalIdentityCodeInPhoneNumber(text)
                    : PersonalIdentityCodeDetector.containsPersonalIdentityCode(text);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (PersonalIdentityCodeDetector.containsPersonalIdentityCode(field.getKey())
                    || anyTextCarriesCode(field.getValue(), field.getKey())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (anyTextCarriesCode(element, name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
