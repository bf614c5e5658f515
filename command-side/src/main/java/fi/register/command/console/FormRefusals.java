package fi.register.command.console;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.guard.PersonalIdentityCodeDetector;
import jakarta.validation.ConstraintViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.springframework.context.MessageSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's refusals, each next to the field it concerns. They come from what the API's problem documents carry, the
 * problem type and the fields its detail names ("Fix these fields: field: what to do"), and are shown in the
 * console's language from the messages {@code refusal.<type>.<field>}, else {@code refusal.<type>}, else a generic
 * one. A refusal that names no field is the form's ({@link #FORM}). The detail's English words are never shown:
 * only the field names are read from it.
 */
final class FormRefusals {

    /** Where a refusal that concerns no one field is shown: above the form. */
    static final String FORM = "form";
    private static final String FIELDS_PREFIX = "Fix these fields: ";
    /** The refusals that always concern one field of the customer's details. */
    private static final Map<Refusal, String> FIELD_OF = Map.ofEntries(
            Map.entry(Refusal.EMAIL_TAKEN, "email"),
            Map.entry(Refusal.INVALID_BUSINESS_ID, "businessId"),
            Map.entry(Refusal.UNKNOWN_CUSTOMER_GROUP, "customerGroup"),
            Map.entry(Refusal.FIELD_NOT_FOR_KIND, "kind"),
            Map.entry(Refusal.WRITTEN_EVIDENCE_REQUIRED, "evidenceMethod"),
            Map.entry(Refusal.UNKNOWN_SERVICE, "service"),
            Map.entry(Refusal.BOOKING_IN_THE_PAST, "startsAt"),
            Map.entry(Refusal.BOOKING_BEYOND_HORIZON, "startsAt"),
            Map.entry(Refusal.DATE_OF_BIRTH_REQUIRED, "dateOfBirth"),
            Map.entry(Refusal.DATE_OF_BIRTH_NOT_NEEDED, "dateOfBirth"),
            Map.entry(Refusal.KIND_NOT_FOR_SERVICE, "kind"),
            Map.entry(Refusal.FIELD_NOT_DISCLOSABLE, "fields"),
            Map.entry(Refusal.DISCLOSURE_CONSENT_REQUIRED, "recipient"));
    /** A detail that opens with the field it concerns ("dateOfBirth must be a date in the past."). */
    private static final Pattern FIELD_FIRST = Pattern.compile("([a-zA-Z.]+) must .*",
            Pattern.DOTALL);
    /** The API's nested fields the forms show flat. */
    private static final Map<String, String> FLAT_NAME = Map.of(
            "evidence.method", "evidenceMethod",
            "evidence.reference", "evidenceReference");

    /** field → problem type slug, first refusal per field wins. */
    private final Map<String, String> slugs = new LinkedHashMap<>();

    boolean isEmpty() {
        return slugs.isEmpty();
    }

    Set<String> fields() {
        return slugs.keySet();
    }

    void add(String field, Refusal refusal) {
        slugs.putIfAbsent(field, slug(refusal));
    }

    /** The same refusals with the API's field shown under the form's own name for it. */
    FormRefusals renamed(String apiField, String formField) {
        FormRefusals renamed = new FormRefusals();
        slugs.forEach((field, slug) -> renamed.slugs.putIfAbsent(field.equals(apiField) ? formField : field, slug));
        return renamed;
    }

    /**
     * The identity-code screen of the API's filter, value by value: a phone number is read as one (ten digits alone
     * are a phone number there), every other field as text.
     */
    static FormRefusals screen(Map<String, String> values) {
        FormRefusals refusals = new FormRefusals();
        values.forEach((field, value) -> {
            boolean code = value != null && ("phone".equals(field)
                    ? PersonalIdentityCodeDetector.containsPersonalIdentityCodeInPhoneNumber(value)
                    : PersonalIdentityCodeDetector.containsPersonalIdentityCode(value));
            if (code) {
                refusals.add(field, Refusal.PERSONAL_IDENTITY_CODE);
            }
        });
        return refusals;
    }

    /** The request's own constraints broken, as the API answers them (invalid-field), by the field's last name. */
    static FormRefusals of(Set<? extends ConstraintViolation<?>> violations) {
        FormRefusals refusals = new FormRefusals();
        violations.forEach(violation -> refusals.add(lastName(violation.getPropertyPath().toString()), Refusal.INVALID_FIELD));
        return refusals;
    }

    /** A command refused; empty if the exception is no refusal of the register's (then it is a fault, not a refusal). */
    static Optional<FormRefusals> of(CommandExecutionException e) {
        Optional<Refusal> refusal = e instanceof CommandRefusedException refused
                ? Optional.of(refused.refusal())
                : e.getDetails().map(Object::toString).flatMap(Refusal::named);
        return refusal.map(why -> {
            FormRefusals refusals = new FormRefusals();
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (FIELD_OF.containsKey(why)) {
                refusals.add(FIELD_OF.get(why), why);
            } else if (message.startsWith(FIELDS_PREFIX)) {
                Arrays.stream(message.substring(FIELDS_PREFIX.length()).split("; "))
                        .map(problem -> problem.split(": ", 2)[0])
                        .forEach(field -> refusals.add(lastName(field), why));
            } else if (FIELD_FIRST.matcher(message).matches()) {
                Matcher opening = FIELD_FIRST.matcher(message);
                refusals.add(opening.matches() ? lastName(opening.group(1)) : FORM, why);
            } else {
                refusals.add(FORM, why);
            }
            return refusals;
        });
    }

    /** A command refused on the bus for its record's constraints (before any handler ran). */
    /**
     * Sends a form's command: empty when it was accepted, the refusals to show beside the fields when it was refused.
     * Any other failure is not the form's to show and goes on.
     */
    static Optional<FormRefusals> whenSending(Runnable command) {
        try {
            command.run();
            return Optional.empty();
        } catch (JSR303ViolationException e) {
            return Optional.of(of(e));
        } catch (CommandExecutionException e) {
            Optional<FormRefusals> refusals = of(e);
            if (refusals.isEmpty()) {
                throw e;
            }
            return refusals;
        }
    }

    static FormRefusals of(JSR303ViolationException e) {
        return of(e.getViolations());
    }

    /**
     * field → the refusal in the console's language; a refusal of a field the form does not show (such as the API's
     * {@code remove}) is shown as the form's, so no refusal goes unseen.
     */
    Map<String, String> messages(MessageSource messages, Locale locale, Set<String> formFields) {
        Map<String, String> shown = new LinkedHashMap<>();
        slugs.forEach((field, slug) -> {
            String text = messages.getMessage("refusal." + slug + "." + field, null,
                    messages.getMessage("refusal." + slug, null, messages.getMessage("refusal.generic", null, locale),
                            locale), locale);
            shown.merge(formFields.contains(field) ? field : FORM, text, (one, other) -> one + " " + other);
        });
        return shown;
    }

    private static String slug(Refusal refusal) {
        String type = refusal.type().toString();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    private static String lastName(String path) {
        return FLAT_NAME.getOrDefault(path, path.substring(path.lastIndexOf('.') + 1));
    }
}
