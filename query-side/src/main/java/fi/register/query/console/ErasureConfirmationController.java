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
 * The erasure's confirmation, reached from the card by the data protection officer: whose data it is (a read of the
 * name, recorded as the card's is), what the erasure does and what it does not, and the button that posts the erasure
 * to the command side ({@code /console/forms/dpo/customers/{id}/erasure}). An erased or unknown customer has nothing
 * to confirm (410 or 404, as the card).
 */
@Controller
class ErasureConfirmationController {

    static final String PATH = ConsoleAccess.DPO_PAGES + "/customers/{customerId}/erasure";

    private final RegisterViewReader registerView;
    private final PersonalDataReads reads;

    ErasureConfirmationController(RegisterViewReader registerView, PersonalDataReads reads) {
        this.registerView = registerView;
        this.reads = reads;
    }

    @GetMapping(PATH)
    String confirmation(@PathVariable UUID customerId, Authentication reader, Model model, HttpServletResponse response) {
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
        model.addAttribute("customer", view.customer());
        return "console/erasure";
    }
}
