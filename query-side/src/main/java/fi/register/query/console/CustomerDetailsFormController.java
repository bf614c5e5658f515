package fi.register.query.console;

import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.ReadPurpose;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.customer.CustomerResponse;
import fi.register.query.registerview.RegisterViewReader;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The rectification form, prefilled from the customer's view (the command side keeps no readable copy of the
 * details) and posted to the command side's {@code /console/forms/customers/{id}/details}. Showing the details is a
 * read of them, recorded as the card's is. An unknown or erased customer has no form (the query side's refusal, 404
 * or 410).
 */
@Controller
class CustomerDetailsFormController {

    static final String PATH = CustomerSearchPageController.PATH + "/{customerId}/details";

    private final RegisterViewReader registerView;
    private final PersonalDataReads reads;

    CustomerDetailsFormController(RegisterViewReader registerView, PersonalDataReads reads) {
        this.registerView = registerView;
        this.reads = reads;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, Authentication reader, Model model) {
        CustomerResponse customer = registerView.read(customerId).customer();
        reads.record(customerId, reader.getName(), PersonalDataRead.REGISTER_VIEW, ReadPurpose.RECTIFICATION);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("firstName", customer.firstName());
        details.put("lastName", customer.lastName());
        details.put("companyName", customer.companyName());
        details.put("businessId", customer.businessId());
        details.put("phone", customer.phone());
        details.put("email", customer.email());
        details.put("street", customer.address() == null ? null : customer.address().street());
        details.put("postalCode", customer.address() == null ? null : customer.address().postalCode());
        details.put("city", customer.address() == null ? null : customer.address().city());
        details.put("country", customer.address() == null ? "FI" : customer.address().country());
        details.put("customerGroup", customer.customerGroup());
        details.put("language", customer.language());
        details.replaceAll((field, value) -> value == null ? "" : value);
        model.addAttribute("customerId", customerId);
        model.addAttribute("kind", customer.kind().name());
        model.addAttribute("details", details);
        model.addAttribute("was", details);
        model.addAttribute("refusals", Map.of());
        return "console/customer-details";
    }
}
