package fi.register.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Screens a whole incoming request for a personal identity code: its path, its query string and
 * its body, including every JSON property name and value (even ones the API does not know).
 * Both sides' HTTP filters use it, so what counts as "anywhere in a request" is decided here once.
 */
public final class PersonalIdentityCodeScreen {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonalIdentityCodeScreen() {
    }

    public static boolean inRequest(String path, String rawQuery, byte[] body) {
        String query = rawQuery == null ? "" : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
        if (PersonalIdentityCodeDetector.containsPersonalIdentityCode(path)
                || PersonalIdentityCodeDetector.containsPersonalIdentityCode(query)) {
            return true;
        }
        if (body == null || body.length == 0) {
            return false;
        }
        if (PersonalIdentityCodeDetector.containsPersonalIdentityCode(new String(body, StandardCharsets.UTF_8))) {
            return true;
        }
        // JSON escapes (\u0031...) would hide a code from the raw text: look at the decoded strings too.
        try {
            return anyTextCarriesCode(JSON.readTree(body));
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }

    private static boolean anyTextCarriesCode(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return PersonalIdentityCodeDetector.containsPersonalIdentityCode(node.textValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (PersonalIdentityCodeDetector.containsPersonalIdentityCode(field.getKey()) || anyTextCarriesCode(field.getValue())) {
                return true;
            }
        }
        for (JsonNode element : node.isArray() ? node : JSON.createArrayNode()) {
            if (anyTextCarriesCode(element)) {
                return true;
            }
        }
        return false;
    }
}
