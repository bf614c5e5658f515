package fi.register.query.notice;

import fi.register.query.erasure.ErasureExceptionSettings.ErasureException;

import java.time.Period;
import java.util.List;

/**
 * One exception to erasure on request as the notice and the records of processing state it: the very entry of
 * {@code register.erasure.exceptions} the erasure's confirmation applies ({@link ErasureException}), with its period
 * in the one unit it can be said in, so the template words it without arithmetic.
 *
 * @param keptFor        how long the records it covers are kept after the end of their year; null for an exception
 *                       that covers no records of its own (shown for every customer)
 * @param keptReadable   the order fields an erasure leaves readable (ErasurePreview.ORDER_FIELDS_KEPT), for ORDERS
 */
public record ExceptionToErasure(String code, ErasureException.Scope appliesTo, KeptFor keptFor, String law,
                                 List<String> keptReadable) {

    public ExceptionToErasure {
        keptReadable = List.copyOf(keptReadable);
    }

    static ExceptionToErasure of(ErasureException exception, List<String> orderFieldsKept) {
        return new ExceptionToErasure(exception.code(), exception.appliesTo(),
                exception.keptFor() == null ? null : KeptFor.of(exception.keptFor()), exception.law(),
                exception.appliesTo() == ErasureException.Scope.ORDERS ? orderFieldsKept : List.of());
    }

    /**
     * A period as words can say it: whole years, whole months or days ({@code unit} names the message
     * {@code notice.period.<unit>}); a period mixing them (P1M10D) has no unit and is shown as written.
     */
    public record KeptFor(String unit, long amount, String iso) {

        static KeptFor of(Period period) {
            Period normal = period.normalized();
            String iso = period.toString();
            if (normal.getDays() == 0 && normal.getMonths() == 0) {
                return new KeptFor("years", normal.getYears(), iso);
            }
            if (normal.getDays() == 0) {
                return new KeptFor("months", normal.toTotalMonths(), iso);
            }
            if (normal.toTotalMonths() == 0) {
                return new KeptFor("days", normal.getDays(), iso);
            }
            return new KeptFor(null, 0, iso);
        }
    }
}
