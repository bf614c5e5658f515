package fi.register.command.console;

import fi.register.command.consent.ConsentRecording;
import fi.register.command.consent.GiveConsentRequest;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staff record a consent, or withdraw one from the card, through the API's own requests and rules
 * ({@link ConsentRecording}). Accepted: 303 to the card. Refused: the form again (422) with the values entered and each
 * refusal next to its field; a refused withdrawal (no longer in force) is a page saying so. Nothing is stored on a
 * refusal, and no value goes into a URL.
 */
@Controller
class ConsentFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/consents";
    static final String WITHDRAWAL = PATH + "/{consentId}/withdrawal";

    private final ConsentRecording consents;
    private final Validator validator;
    private final MessageSource messages;

    ConsentFormController(ConsentRecording consents, Validator validator, MessageSource messages) {
        this.consents = consents;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, Model model, Locale locale) {
        return page(customerId, ConsentForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(PATH)
    Object give(@PathVariable UUID customerId, ConsentForm form, Model model, Locale locale,
                HttpServletResponse response) {
        FormRefusals screened = FormRefusals.screen(form.values());
        if (!screened.isEmpty()) {
            return refused(customerId, form.without(screened.fields()), screened, model, locale, response);
        }
        GiveConsentRequest request = form.toRequest();
        Set<ConstraintViolation<GiveConsentRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return refused(customerId, form, FormRefusals.of(violations), model, locale, response);
        }
        Optional<FormRefusals> refusals = FormRefusals.whenSending(() -> consents.give(customerId, request));
        return refusals.<Object>map(why -> refused(customerId, form, why, model, locale, response))
                .orElseGet(() -> CardRedirect.to(customerId));
    }

    @PostMapping(WITHDRAWAL)
    Object withdraw(@PathVariable UUID customerId, @PathVariable UUID consentId, Model model, Locale locale,
                    HttpServletResponse response) {
        return CardAction.send(() -> consents.withdraw(customerId, consentId), customerId, "consent.withdrawal", messages, model, locale, response);
    }

    private String refused(UUID customerId, ConsentForm form, FormRefusals refusals, Model model, Locale locale,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(customerId, form, refusals, model, locale);
    }

    private String page(UUID customerId, ConsentForm form, FormRefusals refusals, Model model, Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("channels", MarketingChannel.values());
        model.addAttribute("evidenceMethods", EvidenceMethod.values());
        return "console/consent";
    }
}
