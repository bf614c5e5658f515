package fi.register.query.console;

import fi.register.autoconfigure.console.CorrectedRecord;
import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.ReadPurpose;
import fi.register.events.customer.PostalAddress;
import fi.register.query.audit.PersonalDataReads;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The forms correcting one of a customer's records (an interview, an order's delivery address, a program
 * recommendation, feedback; each a {@link CorrectedRecord}), reached from the card's row: prefilled from the card's
 * view (the command side keeps no readable copy) and posted to the command side's
 * {@code /console/forms/customers/{id}/...}, as the customer's details form is. Showing the record is a read of it,
 * recorded as a rectification. A record the customer does not have is 404; an unknown or erased customer is the query
 * side's refusal.
 */
@Controller
class RecordCorrectionFormController {

    static final String PATH = CustomerSearchPageController.PATH + "/{customerId}/{records:" + CorrectedRecord.SEGMENTS
            + "}/{recordId}";

    /** A record's values on its form, by field, and the interview's services (shown, not corrected). */
    private record OnRecord(Map<String, String> details, List<String> services) {

        static OnRecord of(List<String> services, String... fieldsAndValues) {
            Map<String, String> details = new LinkedHashMap<>();
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                details.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
            }
            return new OnRecord(details, services);
        }
    }

    private final RegisterViewReader registerView;
    private final PersonalDataReads reads;

    RecordCorrectionFormController(RegisterViewReader registerView, PersonalDataReads reads) {
        this.registerView = registerView;
        this.reads = reads;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, @PathVariable String records, @PathVariable UUID recordId,
                Authentication reader, Model model) {
        CorrectedRecord record = CorrectedRecord.bySegment(records).orElseThrow(RecordCorrectionFormController::notFound);
        OnRecord onRecord = onRecord(record, registerView.read(customerId), recordId)
                .orElseThrow(RecordCorrectionFormController::notFound);
        // the values are recorded as read the moment they are handed out
        reads.record(customerId, reader.getName(), PersonalDataRead.REGISTER_VIEW, ReadPurpose.RECTIFICATION);
        model.addAttribute("record", record);
        model.addAttribute("customerId", customerId);
        model.addAttribute("recordId", recordId);
        model.addAttribute("services", onRecord.services());
        model.addAttribute("details", onRecord.details());
        model.addAttribute("was", onRecord.details());
        model.addAttribute("refusals", Map.of());
        return "console/record-correction";
    }

    private static Optional<OnRecord> onRecord(CorrectedRecord record, RegisterView view, UUID recordId) {
        return switch (record) {
            case INTERVIEW -> view.interviews().stream().filter(one -> one.interviewId().equals(recordId)).findFirst()
                    .map(one -> OnRecord.of(one.services(), "challenges", one.challenges(),
                            "programPreferences", one.programPreferences(), "dateOfBirth", text(one.dateOfBirth())));
            case DELIVERY_ADDRESS -> view.orders().stream().filter(one -> one.orderId().equals(recordId)).findFirst()
                    .map(one -> {
                        PostalAddress address = one.deliveryAddress();
                        return address == null
                                ? OnRecord.of(List.of(), "street", null, "postalCode", null, "city", null, "country", "FI")
                                : OnRecord.of(List.of(), "street", address.street(), "postalCode", address.postalCode(),
                                "city", address.city(), "country", address.country());
                    });
            case RECOMMENDATION -> view.recommendations().stream()
                    .filter(one -> one.recommendationId().equals(recordId)).findFirst()
                    .map(one -> OnRecord.of(List.of(), "program", one.program(), "intensity", one.intensity(),
                            "durationMinutes", text(one.durationMinutes()), "rationale", one.rationale()));
            case FEEDBACK -> view.feedback().stream().filter(one -> one.feedbackId().equals(recordId)).findFirst()
                    .map(one -> OnRecord.of(List.of(), "program", one.program(), "effect", one.effect(),
                            "rating", text(one.rating())));
        };
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
