package fi.register.command.customer;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a command refused for one particular reason, so a test can't pass on the wrong refusal. */
public final class RefusalMatcher extends TypeSafeMatcher<CommandRefusedException> {

    private final Refusal expected;

    private RefusalMatcher(Refusal expected) {
        this.expected = expected;
    }

    public static Matcher<CommandRefusedException> refusedFor(Refusal expected) {
        return new RefusalMatcher(expected);
    }

    @Override
    protected boolean matchesSafely(CommandRefusedException e) {
        return e.refusal() == expected;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a command refused for " + expected);
    }
}
