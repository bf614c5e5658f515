package fi.register.command.interview;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

/**
 * docs/requirements.md item 11: the date of birth is kept for the FIRSTBEAT analysis, and for nothing else. So it is required
 * when the chosen services include one that needs it and refused otherwise (minimisation), and it must be a date in
 * the past. It is a date only: the request accepts nothing that could carry an identity code's suffix.
 */
public final class DateOfBirthOnlyWhereNeeded {

    private DateOfBirthOnlyWhereNeeded() {
    }

    public static void require(DateOfBirthServices needing, Collection<String> services, LocalDate dateOfBirth, Clock clock) {
        boolean needed = needing.anyNeedsDateOfBirth(services);
        if (needed && dateOfBirth == null) {
            throw new CommandRefusedException(Refusal.DATE_OF_BIRTH_REQUIRED, "The services chosen include "
                    + needing.dateOfBirthServices() + ", which needs the date of birth: send dateOfBirth as yyyy-MM-dd.");
        }
        if (!needed && dateOfBirth != null) {
            throw new CommandRefusedException(Refusal.DATE_OF_BIRTH_NOT_NEEDED, "A date of birth is kept only for "
                    + needing.dateOfBirthServices() + ": remove dateOfBirth.");
        }
        if (dateOfBirth != null && !dateOfBirth.isBefore(LocalDate.now(clock))) {
            throw new CommandRefusedException(Refusal.INVALID_FIELD, "dateOfBirth must be a date in the past.");
        }
    }
}
