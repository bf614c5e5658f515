package fi.register.command.interview;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.rules.DateOfBirthOnlyForServicesThatNeedIt;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The services whose profile needs the customer's date of birth (the seed: the FIRSTBEAT analysis), a setting like
 * the menu itself so another clinic's services can say the same.
 */
@ConfigurationProperties("register")
public record DateOfBirthServices(List<String> dateOfBirthServices) {

    public DateOfBirthServices {
        dateOfBirthServices = dateOfBirthServices == null ? List.of() : List.copyOf(dateOfBirthServices);
    }

    /**
     * Refuses an interview's date of birth where {@link DateOfBirthOnlyForServicesThatNeedIt} does not allow it. The
     * request accepts a date only, nothing that could carry an identity code's suffix.
     */
    public void requireOnlyWhereNeeded(Collection<String> services, LocalDate dateOfBirth, Clock clock) {
        switch (DateOfBirthOnlyForServicesThatNeedIt.judge(dateOfBirthServices, services, dateOfBirth, LocalDate.now(clock))) {
            case REQUIRED -> throw new CommandRefusedException(Refusal.DATE_OF_BIRTH_REQUIRED, "The services chosen "
                    + "include " + dateOfBirthServices + ", which needs the date of birth: send dateOfBirth as yyyy-MM-dd.");
            case NOT_NEEDED -> throw new CommandRefusedException(Refusal.DATE_OF_BIRTH_NOT_NEEDED, "A date of birth is "
                    + "kept only for " + dateOfBirthServices + ": remove dateOfBirth.");
            case NOT_IN_THE_PAST -> throw new CommandRefusedException(Refusal.INVALID_FIELD,
                    "dateOfBirth must be a date in the past.");
            case ALLOWED -> {
            }
        }
    }
}
