package fi.register.query.console;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.problem.QueryRefusedException;
import fi.register.query.registerview.RegisterView;
import fi.register.query.registerview.RegisterViewReader;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Optional;
import java.util.UUID;

/**
 * The customer card: the whole register view of one customer (as {@code GET /api/customers/{id}}), addressed by its
 * id only, and recorded in the read audit as the API's read is ({@code REGISTER_VIEW}). An erased customer's card
 * says so (410), an unknown id is 404; neither is a read of anyone's personal data.
 */
@Controller
class CustomerCardController {

    private final RegisterViewReader registerView;
    private final PersonalDataReads reads;

    CustomerCardController(RegisterViewReader registerView, PersonalDataReads reads) {
        this.registerView = registerView;
        this.reads = reads;
    }

    @GetMapping(CustomerSearchPageController.PATH + "/{customerId}")
    String card(@PathVariable UUID customerId, Authentication reader, Model model, HttpServletResponse response) {
        RegisterView view;
        try {
            view = registerView.read(customerId);
        } catch (RuntimeException e) {
            Optional<Refusal> refusal = QueryRefusedException.foundIn(e);
            if (refusal.isEmpty()) {
                throw e;
            }
            boolean erased = refusal.get() == Refusal.SUBJECT_ERASED;
            response.setStatus(erased ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("erased", erased);
            return "console/customer-gone";
        }
        reads.record(customerId, reader.getName(), PersonalDataRead.REGISTER_VIEW);
        model.addAttribute("card", view);
        return "console/customer";
    }
}
