package fi.register.query.erasure;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The exceptions to erasure on request (GDPR Art. 17(3)) the clinic claims, {@code register.erasure.exceptions}: the
 * seed's notice grants erasure "with certain exceptions", and here they are named, so the erasure's confirmation
 * (console and {@code GET /api/customers/{id}/erasure}) shows which apply to this customer. Unset, the seed-derived
 * default: accounting material under the Finnish Accounting Act (Kirjanpitolaki 1336/1997, 2:10), which keeps
 * vouchers six years from the end of the year the financial period ended in.
 */
@ConfigurationProperties("register.erasure")
public record ErasureExceptionSettings(List<ErasureException> exceptions) {

    /** The seed-derived default: an order is accounting material for six years after the end of its year. */
    public static final ErasureException ACCOUNTING_RETENTION = new ErasureException("accounting-retention",
            ErasureException.Scope.ORDERS, Period.ofYears(6), "Kirjanpitolaki 1336/1997, 2 luku 10 §");

    public ErasureExceptionSettings {
        exceptions = exceptions == null ? List.of(ACCOUNTING_RETENTION) : List.copyOf(exceptions);
    }

    /**
     * One exception. {@code code} names it (and its wording on the console, {@code erasure.exception.<code>});
     * {@code appliesTo} the records it covers ({@code ORDERS}: each order, for {@code keptFor} after the end of the
     * calendar year it was placed in, the financial year being the calendar year as in the seed); without it, the
     * exception is shown for every customer. {@code law} is the provision it rests on, as the notice would cite it.
     */
    public record ErasureException(String code, Scope appliesTo, Period keptFor, String law) {

        public ErasureException {
            Objects.requireNonNull(code, "register.erasure.exceptions[].code is required");
            if (!code.matches("[a-z0-9-]{1,64}")) {
                throw new IllegalArgumentException("register.erasure.exceptions[].code must be lowercase letters, "
                        + "digits and dashes: it names the exception's wording");
            }
            if (appliesTo != null && (keptFor == null || keptFor.isNegative() || keptFor.isZero())) {
                throw new IllegalArgumentException("register.erasure.exceptions[" + code + "].kept-for must be a "
                        + "positive period, e.g. P6Y, when applies-to is set");
            }
        }

        /** The records an exception can cover; orders are the only accounting material the register holds. */
        public enum Scope {
            ORDERS
        }
    }
}
