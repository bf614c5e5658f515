package fi.register.command.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fields a command lacks for the rules that depend on other fields (which names the kind needs, one way to reach
 * the customer), refused all at once in the words a field's validation uses ("Fix these fields: field: what to do"),
 * so a client, and the console, can show each next to its field. Never quotes a value.
 */
final class FieldsToFix {

    private final Map<String, String> problems = new TreeMap<>();

    FieldsToFix requireGiven(String field, Object value, String whatToDo) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            problems.put(field, whatToDo);
        }
        return this;
    }

    FieldsToFix add(String field, String whatToDo) {
        problems.put(field, whatToDo);
        return this;
    }

    void refuseAny() {
        if (!problems.isEmpty()) {
            throw refusal(Refusal.INVALID_FIELD, problems);
        }
    }

    /** A refusal naming one field, in the same words. */
    static CommandRefusedException refusal(Refusal refusal, String field, String whatToDo) {
        return refusal(refusal, Map.of(field, whatToDo));
    }

    private static CommandRefusedException refusal(Refusal refusal, Map<String, String> problems) {
        return new CommandRefusedException(refusal, "Fix these fields: " + problems.entrySet().stream()
                .map(problem -> problem.getKey() + ": " + problem.getValue())
                .collect(Collectors.joining("; ")));
    }
}
