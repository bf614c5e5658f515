package fi.register.query.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

    private final CustomerPageRead customers;

    ErasureConfirmationController(CustomerPageRead customers) {
        this.customers = customers;
    }

    @GetMapping(PATH)
    String confirmation(@PathVariable UUID customerId, Authentication reader, Model model, HttpServletResponse response) {
        CustomerPageRead.Outcome read = customers.read(customerId, reader);
        if (!read.found()) {
            return CustomerPageRead.gone(read, model, response);
        }
        model.addAttribute("customer", read.view().customer());
        return "console/erasure";
    }
}
