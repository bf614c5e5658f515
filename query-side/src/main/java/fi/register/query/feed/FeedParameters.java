package fi.register.query.feed;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The feed's query parameters, checked as the rest of the API checks them: an unknown or repeated one is
 * {@code unknown-parameter}, a value out of form or range {@code invalid-field}; the message names the parameter and
 * the rule, never echoes the value.
 */
final class FeedParameters {

    private static final Pattern POSITION = Pattern.compile("0|[1-9]\\d{0,17}");
    private static final Pattern COUNT = Pattern.compile("[1-9]\\d{0,5}");

    private FeedParameters() {
    }

    static void onlyThese(MultiValueMap<String, String> parameters, Set<String> known) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!known.contains(parameter.getKey())) {
                throw new QueryRefusedException(Refusal.UNKNOWN_PARAMETER,
                        "A parameter that is not documented was sent: remove it. Known: " + known + ".");
            }
            if (parameter.getValue().size() > 1) {
                throw new QueryRefusedException(Refusal.UNKNOWN_PARAMETER,
                        "Parameter '" + parameter.getKey() + "' was given more than once.");
            }
        }
    }

    /** A position: 0 (before the first event) or a later one. */
    static long position(String name, String value) {
        if (value == null || !POSITION.matcher(value).matches()) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD,
                    "'" + name + "' must be a position: 0 or a positive whole number.");
        }
        return Long.parseLong(value);
    }

    static int limit(String value, int defaultLimit, int maxLimit) {
        if (value == null) {
            return defaultLimit;
        }
        if (!COUNT.matcher(value).matches() || Integer.parseInt(value) > maxLimit) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD,
                    "'limit' must be a whole number from 1 to " + maxLimit + ".");
        }
        return Integer.parseInt(value);
    }
}
