package fi.register.query.reporting;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.problem.QueryRefusedException;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The months a service-use report covers, checked as the API and the console both check them: two months
 * {@code yyyy-MM}, in order, at most {@link #MAX_MONTHS} apart. Refusals name the parameter and the form, never the
 * value sent.
 */
record ServiceUseRange(YearMonth from, YearMonth to) {

    /** Ten years: enough for any trend, and a bound on the work one request can cause. */
    static final int MAX_MONTHS = 120;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    static ServiceUseRange of(String from, String to) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first.isAfter(last)) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "'from' must not be after 'to'.");
        }
        if (ChronoUnit.MONTHS.between(first, last) + 1 > MAX_MONTHS) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD,
                    "A report covers at most " + MAX_MONTHS + " months: narrow 'from' and 'to'.");
        }
        return new ServiceUseRange(first, last);
    }

    private static YearMonth month(String name, String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            throw new QueryRefusedException(Refusal.INVALID_FIELD, "'" + name + "' must be a month, yyyy-MM.");
        }
        return YearMonth.parse(value);
    }
}
