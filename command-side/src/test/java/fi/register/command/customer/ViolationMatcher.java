package fi.register.command.customer;

import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matches a command refused on the command bus for a constraint of one field of its record, so a test can't pass on
 * another field's violation.
 */
public final class ViolationMatcher extends TypeSafeMatcher<JSR303ViolationException> {

    private final String property;

    private ViolationMatcher(String property) {
        this.property = property;
    }

    public static Matcher<JSR303ViolationException> violates(String property) {
        return new ViolationMatcher(property);
    }

    @Override
    protected boolean matchesSafely(JSR303ViolationException e) {
        return e.getViolations().stream().anyMatch(violation -> violation.getPropertyPath().toString().equals(property));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a command refused for a constraint of " + property);
    }
}
