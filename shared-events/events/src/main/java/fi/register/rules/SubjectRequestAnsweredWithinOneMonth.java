package fi.register.rules;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * GDPR Art. 12(3): a data subject's access, rectification or erasure request is answered without undue delay and at
 * the latest one month after it arrived. The month is counted on the UTC calendar from the arrival as recorded, as the
 * retention period is ({@link RetentionPeriod}), so a deadline never depends on a server's time zone. The command side
 * stamps each arriving request with its deadline by this rule; the compliance replay recomputes the deadline by the
 * same rule and finds a request answered after it, or still open past it.
 * <p>
 * The clinic may promise less than the law (a setting), never more: a period is one month, or a number of days no
 * calendar month is shorter than (at most 28). The extension by two further months Art. 12(3) allows is not modelled.
 */
public final class SubjectRequestAnsweredWithinOneMonth {

    public static final Period ONE_MONTH = Period.ofMonths(1);

    private final Period answerWithin;

    public SubjectRequestAnsweredWithinOneMonth(Period answerWithin) {
        boolean oneMonth = answerWithin.equals(ONE_MONTH);
        boolean days = answerWithin.toTotalMonths() == 0 && answerWithin.getDays() >= 1 && answerWithin.getDays() <= 28;
        if (!oneMonth && !days) {
            throw new IllegalArgumentException("register.subject-requests.answer-within must be P1M (GDPR Art. 12(3)) "
                    + "or a shorter number of days, P1D to P28D");
        }
        this.answerWithin = answerWithin;
    }

    /** The latest instant a request that arrived at {@code receivedAt} may be answered. */
    public Instant answerBy(Instant receivedAt) {
        return receivedAt.atOffset(ZoneOffset.UTC).plus(answerWithin).toInstant();
    }

    /** Whether an answer at {@code answeredAt} was in time; an answer at the deadline itself is. */
    public boolean answeredInTime(Instant receivedAt, Instant answeredAt) {
        return !answeredAt.isAfter(answerBy(receivedAt));
    }

    /** Whether a request still unanswered at {@code now} has passed its deadline. */
    public boolean overdue(Instant receivedAt, Instant now) {
        return now.isAfter(answerBy(receivedAt));
    }

    public String text() {
        return answerWithin.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
