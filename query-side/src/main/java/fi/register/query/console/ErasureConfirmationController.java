package fi.register.query.console;

import fi.register.autoconfigure.console.ClinicTime;
import fi.register.query.erasure.ErasureExceptionSettings;
import fi.register.query.erasure.ErasurePreview;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The erasure's confirmation, reached from the card by the data protection officer: whose data it is (a read of the
 * name, recorded as the card's is), what the erasure does and what it does not, and the button that posts the erasure
 * to the command side ({@code /console/forms/dpo/customers/{id}/erasure}), with the configured exceptions that apply
 * to this customer ({@link ErasurePreview}: the orders still under their accounting retention, until when). An erased
 * or unknown customer has nothing to confirm (410 or 404, as the card).
 */
@Controller
class ErasureConfirmationController {

    static final String PATH = ConsoleAccess.DPO_PAGES + "/customers/{customerId}/erasure";

    private final CustomerPageRead customers;
    private final ErasureExceptionSettings exceptions;
    private final ClinicTime clinicTime;
    private final Clock clock;

    ErasureConfirmationController(CustomerPageRead customers, ErasureExceptionSettings exceptions, ClinicTime clinicTime,
                                  Clock clock) {
        this.customers = customers;
        this.exceptions = exceptions;
        this.clinicTime = clinicTime;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String confirmation(@PathVariable UUID customerId, Authentication reader, Model model, Locale locale,
                        HttpServletResponse response) {
        CustomerPageRead.Outcome read = customers.read(customerId, reader);
        if (!read.found()) {
            return CustomerPageRead.gone(read, model, response);
        }
        model.addAttribute("customer", read.view().customer());
        ErasurePreview preview = ErasurePreview.of(read.view(), exceptions, clock, clinicTime.zone());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Map<UUID, String> retainedUntil = new LinkedHashMap<>();
        preview.exceptions().forEach(exception -> exception.orders()
                .forEach(order -> retainedUntil.put(order.orderId(), date.format(order.retainedUntil()))));
        model.addAttribute("preview", preview);
        model.addAttribute("retainedUntil", retainedUntil);
        return "console/erasure";
    }
}
