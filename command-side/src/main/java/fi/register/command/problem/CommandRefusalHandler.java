package fi.register.command.problem;

import fi.register.autoconfigure.problem.ProblemDocuments;
import fi.register.autoconfigure.problem.Refusal;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command side's refusals as problem documents: a command missing a required field, a rule of the notice the
 * aggregate enforced, or a subject that does not exist. What Spring MVC refuses before a handler runs is the shared
 * handler's.
 */
@RestControllerAdvice(basePackages = "fi.register.command")
class CommandRefusalHandler {

    /** Refused here, or by another command-side instance, which can pass the refusal's name only. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refused(CommandExecutionException e) {
        Optional<Refusal> refusal = e instanceof CommandRefusedException refused
                ? Optional.of(refused.refusal())
                : e.getDetails().map(Object::toString).flatMap(Refusal::named);
        if (refusal.isEmpty()) {
            throw e;
        }
        return ProblemDocuments.answer(refusal.get(), e.getMessage());
    }

    /**
     * A command that breaks a constraint of its record, refused on the command bus before any handler ran: the same
     * answer as a request field failing validation. Names the field and the constraint only; the constraints'
     * messages never include the value, which may be personal.
     */
    @ExceptionHandler(JSR303ViolationException.class)
    ResponseEntity<ProblemDetail> invalid(JSR303ViolationException e) {
        String detail = e.getViolations().stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return ProblemDocuments.answer(Refusal.INVALID_FIELD, "Fix these fields: " + detail);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return ProblemDocuments.answer(Refusal.SUBJECT_NOT_FOUND, "No customer with this id: check the id.");
    }
}
