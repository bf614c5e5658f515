package fi.register.query.erasure;

import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.query.order.OrderResponse;
import fi.register.query.registerview.RegisterView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an erasure of this customer would meet, told before it is done: the configured exceptions that apply, and for
 * the accounting one, each order still under its retention and until when. The erasure is not held back by them: the
 * register's order keeps its accounting facts readable anyway (id, product, terms, time: never encrypted), and the
 * key that goes takes only the personal data (the delivery address, the customer's name and billing details). So the
 * preview explains; it keeps nothing the erasure would not keep.
 *
 * @param keptReadable the fields of an order that stay readable after the erasure, as they always did
 */
public record ErasurePreview(UUID customerId, List<AppliedException> exceptions, List<String> keptReadable) {

    /** The order's fields an erasure leaves readable: none is encrypted, so the destroyed key does not reach them. */
    public static final List<String> ORDER_FIELDS_KEPT = List.of("orderId", "product", "terms", "placedAt");

    public static ErasurePreview of(RegisterView view, ErasureExceptionSettings settings, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<AppliedException> applied = new ArrayList<>();
        for (ErasureExceptionSettings.ErasureException exception : settings.exceptions()) {
            if (exception.appliesTo() == null) {
                applied.add(new AppliedException(exception.code(), exception.law(), null, List.of()));
                continue;
            }
            List<KeptOrder> orders = new ArrayList<>();
            for (OrderResponse order : view.orders()) {
                LocalDate until = retainedUntil(order.placedAt(), exception.keptFor(), zone);
                if (!until.isBefore(today)) {
                    orders.add(new KeptOrder(order.orderId(), order.product(), order.terms(), order.placedAt(), until));
                }
            }
            if (!orders.isEmpty()) {
                applied.add(new AppliedException(exception.code(), exception.law(), exception.keptFor(), orders));
            }
        }
        return new ErasurePreview(view.customer().customerId(), applied, ORDER_FIELDS_KEPT);
    }

    /** The last day of the retention: the end of the order's calendar year in the clinic's zone, plus the period. */
    static LocalDate retainedUntil(Instant placedAt, Period keptFor, ZoneId zone) {
        LocalDate placed = placedAt.atZone(zone).toLocalDate();
        return LocalDate.of(placed.getYear(), 12, 31).plus(keptFor);
    }

    /** An exception that applies to this customer, with the records it covers (none for one shown to everyone). */
    public record AppliedException(String code, String law, Period keptFor, List<KeptOrder> orders) {
    }

    /** An order still under the accounting retention; no personal field of it. */
    public record KeptOrder(UUID orderId, Product product, OrderTerms terms, Instant placedAt, LocalDate retainedUntil) {
    }
}
