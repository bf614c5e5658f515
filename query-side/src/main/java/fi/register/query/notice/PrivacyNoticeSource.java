package fi.register.query.notice;

import fi.register.autoconfigure.parties.NamedParties;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.order.Product;
import fi.register.query.compliance.RetentionSettings;
import fi.register.query.erasure.ErasureExceptionSettings;
import fi.register.query.erasure.ErasurePreview;
import fi.register.rules.NamedParty;
import fi.register.rules.NeurosonicOrderConfirmation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Assembles the notice from the settings and rule classes the register enforces: the controller
 * ({@code register.controller}), the service menu and the date-of-birth services, the named parties with what the
 * disclosure rule lets each receive, the retention period the command side erases by and the replay checks by, and
 * the reports' small-cell threshold, and the exceptions to erasure the erasure's confirmation applies
 * ({@code register.erasure.exceptions}). Nothing here is a copy of a value: a changed setting changes the notice.
 */
@Component
class PrivacyNoticeSource {

    private final ControllerSettings controller;
    private final ServiceMenu menu;
    private final NamedParties parties;
    private final RetentionSettings retention;
    private final int minCell;
    private final ErasureExceptionSettings erasureExceptions;

    PrivacyNoticeSource(ControllerSettings controller, ServiceMenu menu, NamedParties parties,
                        RetentionSettings retention, @Value("${register.reporting.min-cell:3}") int minCell,
                        ErasureExceptionSettings erasureExceptions) {
        this.controller = controller;
        this.menu = menu;
        this.parties = parties;
        this.retention = retention;
        this.minCell = minCell;
        this.erasureExceptions = erasureExceptions;
    }

    PrivacyNotice notice() {
        return new PrivacyNotice(controller, menu.customerGroups(), menu.dateOfBirthServices(),
                List.of(ProcessingPurpose.values()), List.of(MarketingChannel.values()), List.of(DataCategory.values()),
                Stream.of(NamedParty.values()).map(this::share).toList(), retention.period().toString(),
                retention.period().toTotalMonths(), minCell, erasureExceptions.exceptions().stream()
                        .map(exception -> ExceptionToErasure.of(exception, ErasurePreview.ORDER_FIELDS_KEPT)).toList());
    }

    private PartyShare share(NamedParty party) {
        if (NeurosonicOrderConfirmation.goesTo(party.code())) {
            // the device maker's role: the order confirmation, and nothing through a disclosure on its own
            List<Product> confirmed = Stream.of(Product.values()).filter(NeurosonicOrderConfirmation::isNeededFor).toList();
            return new PartyShare(party, parties.nameOf(party), List.copyOf(NeurosonicOrderConfirmation.FIELDS),
                    List.of(), confirmed);
        }
        // in the menu's order; a service the menu does not list (yet) still restricts the role, so it is shown too
        List<String> services = parties.servicesOf(party).stream()
                .sorted(Comparator.comparingInt((String service) -> menuPosition(service)).thenComparing(service -> service))
                .toList();
        return new PartyShare(party, parties.nameOf(party), party.fieldsWithoutConsent().stream().sorted().toList(),
                services, List.of());
    }

    private int menuPosition(String service) {
        int position = menu.customerGroups().indexOf(service);
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
