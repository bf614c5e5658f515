package fi.register.query.console;

import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.ReadPurpose;
import fi.register.events.customer.PostalAddress;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.interview.InterviewResponse;
import fi.register.query.order.OrderResponse;
import fi.register.query.recommendation.ProgramFeedbackResponse;
import fi.register.query.recommendation.RecommendationResponse;
import fi.register.query.registerview.RegisterView;
import fi.register.query.registerview.RegisterViewReader;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The forms correcting one of a customer's records (an interview, an order's delivery address, a program
 * recommendation, feedback), reached from the card's row: prefilled from the card's view (the
 * command side keeps no readable copy) and posted to the command side's {@code /console/forms/customers/{id}/...},
 * as the customer's details form is. Showing the record is a read of it, recorded as a rectification. A record the
 * customer does not have is 404; an unknown or erased customer is the query side's refusal.
 */
@Controller
class RecordCorrectionFormController {

    static final String INTERVIEW = CustomerSearchPageController.PATH + "/{customerId}/interviews/{interviewId}";
    static final String ORDER = CustomerSearchPageController.PATH + "/{customerId}/orders/{orderId}";
    static final String RECOMMENDATION = CustomerSearchPageController.PATH + "/{customerId}/recommendations/{recommendationId}";
    static final String FEEDBACK = CustomerSearchPageController.PATH + "/{customerId}/feedback/{feedbackId}";

    private final RegisterViewReader registerView;
    private final PersonalDataReads reads;

    RecordCorrectionFormController(RegisterViewReader registerView, PersonalDataReads reads) {
        this.registerView = registerView;
        this.reads = reads;
    }

    @GetMapping(INTERVIEW)
    String interview(@PathVariable UUID customerId, @PathVariable UUID interviewId, Authentication reader, Model model) {
        InterviewResponse interview = read(customerId).interviews().stream()
                .filter(one -> one.interviewId().equals(interviewId)).findFirst().orElseThrow(RecordCorrectionFormController::notFound);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("challenges", interview.challenges());
        details.put("programPreferences", interview.programPreferences());
        details.put("dateOfBirth", interview.dateOfBirth() == null ? null : interview.dateOfBirth().toString());
        model.addAttribute("interviewId", interviewId);
        model.addAttribute("services", interview.services());
        return prefilled(customerId, details, reader, model, "console/interview-correction");
    }

    @GetMapping(ORDER)
    String deliveryAddress(@PathVariable UUID customerId, @PathVariable UUID orderId, Authentication reader, Model model) {
        OrderResponse order = read(customerId).orders().stream()
                .filter(one -> one.orderId().equals(orderId)).findFirst().orElseThrow(RecordCorrectionFormController::notFound);
        PostalAddress address = order.deliveryAddress();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("street", address == null ? null : address.street());
        details.put("postalCode", address == null ? null : address.postalCode());
        details.put("city", address == null ? null : address.city());
        details.put("country", address == null ? "FI" : address.country());
        model.addAttribute("orderId", orderId);
        return prefilled(customerId, details, reader, model, "console/delivery-address-correction");
    }

    @GetMapping(RECOMMENDATION)
    String recommendation(@PathVariable UUID customerId, @PathVariable UUID recommendationId, Authentication reader,
                          Model model) {
        RecommendationResponse recommendation = read(customerId).recommendations().stream()
                .filter(one -> one.recommendationId().equals(recommendationId)).findFirst()
                .orElseThrow(RecordCorrectionFormController::notFound);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("program", recommendation.program());
        details.put("intensity", recommendation.intensity());
        details.put("durationMinutes", recommendation.durationMinutes() == null ? null
                : recommendation.durationMinutes().toString());
        details.put("rationale", recommendation.rationale());
        model.addAttribute("recommendationId", recommendationId);
        return prefilled(customerId, details, reader, model, "console/recommendation-correction");
    }

    @GetMapping(FEEDBACK)
    String feedback(@PathVariable UUID customerId, @PathVariable UUID feedbackId, Authentication reader, Model model) {
        ProgramFeedbackResponse feedback = read(customerId).feedback().stream()
                .filter(one -> one.feedbackId().equals(feedbackId)).findFirst()
                .orElseThrow(RecordCorrectionFormController::notFound);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("program", feedback.program());
        details.put("effect", feedback.effect());
        details.put("rating", feedback.rating() == null ? null : feedback.rating().toString());
        model.addAttribute("feedbackId", feedbackId);
        return prefilled(customerId, details, reader, model, "console/feedback-correction");
    }

    private RegisterView read(UUID customerId) {
        return registerView.read(customerId);
    }

    /** The record's values on the form, recorded as read the moment they are handed out. */
    private String prefilled(UUID customerId, Map<String, String> details, Authentication reader, Model model, String page) {
        reads.record(customerId, reader.getName(), PersonalDataRead.REGISTER_VIEW, ReadPurpose.RECTIFICATION);
        details.replaceAll((field, value) -> value == null ? "" : value);
        model.addAttribute("customerId", customerId);
        model.addAttribute("details", details);
        model.addAttribute("was", details);
        model.addAttribute("refusals", Map.of());
        return page;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
