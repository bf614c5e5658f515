package fi.register.rules;

import java.time.LocalDate;
import java.util.Collection;

/**
 * docs/requirements.md item 11: the date of birth is kept for the FIRSTBEAT analysis, and for nothing else. So it is
 * required when the chosen services include one that needs it and refused otherwise (minimisation), and it must be a
 * date in the past. Which services need it is a setting, so it is an input here.
 */
public final class DateOfBirthOnlyForServicesThatNeedIt {

    /** What the rule says about one interview's date of birth. */
    public enum Verdict {
        ALLOWED,
        /** A chosen service needs it and it is missing. */
        REQUIRED,
        /** No chosen service needs it, so it must not be kept. */
        NOT_NEEDED,
        /** Today or later cannot be anyone's date of birth. */
        NOT_IN_THE_PAST
    }

    private DateOfBirthOnlyForServicesThatNeedIt() {
    }

    public static boolean anyNeedsIt(Collection<String> needingIt, Collection<String> chosen) {
        return chosen != null && chosen.stream().anyMatch(needingIt::contains);
    }

    public static Verdict judge(Collection<String> needingIt, Collection<String> chosen, LocalDate dateOfBirth,
                                LocalDate today) {
        boolean needed = anyNeedsIt(needingIt, chosen);
        if (needed && dateOfBirth == null) {
            return Verdict.REQUIRED;
        }
        if (!needed && dateOfBirth != null) {
            return Verdict.NOT_NEEDED;
        }
        if (dateOfBirth != null && !dateOfBirth.isBefore(today)) {
            return Verdict.NOT_IN_THE_PAST;
        }
        return Verdict.ALLOWED;
    }
}
