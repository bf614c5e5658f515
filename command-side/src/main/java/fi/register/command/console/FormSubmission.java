package fi.register.command.console;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every staff form does with a post, in the API's order: the identity-code screen of the API's filter, the
 * request's own constraints, then the command through the API's own path and rules. Empty when the command was
 * accepted; else the form to show again (without any value screened out) and its refusals. Nothing is sent, so
 * nothing is stored, before every check has passed.
 */
final class FormSubmission {

    private FormSubmission() {
    }

    record Refused<F>(F form, FormRefusals refusals) {
    }

    static <F extends CommandForm<F>, R> Optional<Refused<F>> submit(F form, Function<F, R> toRequest,
                                                                      Validator validator, Consumer<R> send) {
        FormRefusals screened = FormRefusals.screen(form.values());
        if (!screened.isEmpty()) {
            return Optional.of(new Refused<>(form.without(screened.fields()), screened));
        }
        R request = toRequest.apply(form);
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return Optional.of(new Refused<>(form, FormRefusals.of(violations)));
        }
        return FormRefusals.whenSending(() -> send.accept(request)).map(why -> new Refused<>(form, why));
    }

    /** Accepted: 303 to the card. Refused: the form's page again, 422, with the refusals next to their fields. */
    static <F> Object answer(Optional<Refused<F>> outcome, UUID customerId, HttpServletResponse response,
                             BiFunction<F, FormRefusals, String> page) {
        return outcome.<Object>map(refused -> {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page.apply(refused.form(), refused.refusals());
        }).orElseGet(() -> CardRedirect.to(customerId));
    }
}
