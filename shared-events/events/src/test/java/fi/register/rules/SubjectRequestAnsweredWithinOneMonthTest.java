package fi.register.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectRequestAnsweredWithinOneMonthTest {

    private final SubjectRequestAnsweredWithinOneMonth rule =
            new SubjectRequestAnsweredWithinOneMonth(SubjectRequestAnsweredWithinOneMonth.ONE_MONTH);

    @Test
    void keeps_TheDeadlineOnTheLastDayOfAShorterMonth_WhenTheRequestArrivedOnThe31st() {
        assertThat(rule.answerBy(Instant.parse("2027-01-31T09:00:00Z"))).isEqualTo(Instant.parse("2027-02-28T09:00:00Z"));
    }

    @Test
    void keeps_AnAnswerAtTheDeadlineInTime_AndOneASecondLaterLate() {
        Instant received = Instant.parse("2026-11-25T10:00:00Z");
        Instant deadline = Instant.parse("2026-12-25T10:00:00Z");

        assertThat(rule.answeredInTime(received, deadline)).isTrue();
        assertThat(rule.answeredInTime(received, deadline.plusSeconds(1))).isFalse();
        assertThat(rule.overdue(received, deadline)).isFalse();
        assertThat(rule.overdue(received, deadline.plusSeconds(1))).isTrue();
    }

    @Test
    void keeps_AShorterPromiseInDays() {
        assertThat(new SubjectRequestAnsweredWithinOneMonth(Period.ofDays(14)).answerBy(Instant.parse("2026-11-25T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-09T10:00:00Z"));
    }

    @Test
    void rejects_WhenThePeriodIsLongerThanTheLawAllows() {
        assertThatThrownBy(() -> new SubjectRequestAnsweredWithinOneMonth(Period.ofMonths(2)))
                .isInstanceOf(IllegalArgumentException.class);
        // 30 days is longer than February
        assertThatThrownBy(() -> new SubjectRequestAnsweredWithinOneMonth(Period.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubjectRequestAnsweredWithinOneMonth(Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
