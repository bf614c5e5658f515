package fi.register.command.interview;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.interview.RecordInterviewCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/**
 * The local interview: docs/requirements.md items 10 and 11 and the services chosen from the menu, nothing more. The date of
 * birth is text of exactly the form yyyy-MM-dd, so it can hold neither a time nor anything after the date.
 */
public record RecordInterviewRequest(
        @NotBlank @Size(max = 4000) String challenges,
        @Size(max = 4000) String programPreferences,
        @NotEmpty @Size(max = 10) Set<@NotBlank @Size(max = 64) String> services,
        @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date only, yyyy-MM-dd") String dateOfBirth) {

    public RecordInterviewCommand toCommand(UUID customerId, UUID interviewId) {
        return new RecordInterviewCommand(customerId, interviewId, challenges, programPreferences, services,
                parsedDateOfBirth());
    }

    /** No living customer was born earlier; 0000-01-01 or 1852 are typing errors or placeholders, never data. */
    static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);

    private LocalDate parsedDateOfBirth() {
        return dateOfBirth(dateOfBirth);
    }

    /** A date of birth as a request sends it, checked as the interview's is: also what a correction of it must be. */
    static LocalDate dateOfBirth(String dateOfBirth) {
        if (dateOfBirth == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateOfBirth); // ISO, strict: 2026-02-30 is refused, not rounded
        } catch (DateTimeParseException e) {
            throw new CommandRefusedException(Refusal.INVALID_FIELD, "dateOfBirth must be a calendar date, yyyy-MM-dd.");
        }
        if (date.isBefore(EARLIEST_DATE_OF_BIRTH)) {
            throw new CommandRefusedException(Refusal.INVALID_FIELD, "dateOfBirth must be " + EARLIEST_DATE_OF_BIRTH
                    + " or later: a customer's date of birth, not a placeholder.");
        }
        return date;
    }
}
