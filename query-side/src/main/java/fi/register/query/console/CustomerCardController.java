package fi.register.query.console;

import fi.register.rules.NamedParty;
import fi.register.rules.PartyNames;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The customer card: the whole register view of one customer (as {@code GET /api/customers/{id}}), addressed by its
 * id only, and recorded in the read audit as the API's read is ({@code REGISTER_VIEW}). An erased customer's card
 * says so (410), an unknown id is 404; neither is a read of anyone's personal data.
 *
 * <p>The views are eventually consistent, so the card of a customer the registration form has just created may not
 * exist yet. The form redirects here with {@code ?registered=1}; while that count is below {@link #PATIENCE} an
 * unknown id answers a short page (202) that reloads itself a second later with the count one higher, and then the
 * card. The count is in the URL, so this works when the sides run apart too; it carries no personal data, and a
 * forged one only delays the 404 of an unknown id by a few seconds.
 */
@Controller
class CustomerCardController {

    private final CustomerPageRead customers;
    private final PartyNames parties;

    CustomerCardController(CustomerPageRead customers, PartyNames parties) {
        this.customers = customers;
        this.parties = parties;
    }

    /** How many times the "being updated" page reloads itself, a second apart, before an unknown id is 404. */
    static final int PATIENCE = 10;

    @GetMapping(CustomerSearchPageController.PATH + "/{customerId}")
    String card(@PathVariable UUID customerId, @RequestParam(name = "registered", defaultValue = "0") int registered,
                Authentication reader, Model model, HttpServletResponse response) {
        CustomerPageRead.Outcome read = customers.read(customerId, reader);
        if (!read.found()) {
            if (!read.erased() && registered > 0 && registered < PATIENCE) {
                response.setStatus(HttpServletResponse.SC_ACCEPTED);
                model.addAttribute("customerId", customerId);
                model.addAttribute("nextAttempt", registered + 1);
                return "console/customer-updating";
            }
            return CustomerPageRead.gone(read, model, response);
        }
        model.addAttribute("card", read.view());
        // a consent naming a party shows the party's configured name, not its code
        model.addAttribute("partyNames", Arrays.stream(NamedParty.values())
                .collect(Collectors.toMap(NamedParty::code, parties::nameOf)));
        return "console/customer";
    }
}
