package fi.register.command.customer;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a command refused for one particular reason, so a test can't pass on the wrong refusal. */
public final class RefusalMatcher extends TypeSafeMatcher<CommandRefusedException> {

    private final Refusal expected;
    private final String field;

    private RefusalMatcher(Refusal expected, String field) {
        this.expected = expected;
        this.field = field;
    }

    public static Matcher<CommandRefusedException> refusedFor(Refusal expected) {
        return new RefusalMatcher(expected, null);
    }

    /** Refused for this reason, naming the field as a field's validation does ("Fix these fields: field: ..."). */
    public static Matcher<CommandRefusedException> refusedFor(Refusal expected, String field) {
        return new RefusalMatcher(expected, field);
    }

    @Override
    protected boolean matchesSafely(CommandRefusedException e) {
        return e.refusal() == expected && (field == null || namesField(e.getMessage()));
    }

    private boolean namesField(String message) {
        return message != null && message.startsWith("Fix these fields: ")
                && java.util.Arrays.stream(message.substring("Fix these fields: ".length()).split("; "))
                .anyMatch(problem -> problem.startsWith(field + ": "));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a command refused for " + expected + (field == null ? "" : " naming the field " + field));
    }
}
