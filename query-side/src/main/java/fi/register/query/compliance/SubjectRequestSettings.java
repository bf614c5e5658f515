package fi.register.query.compliance;

import fi.register.rules.SubjectRequestAnsweredWithinOneMonth;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * The deadline the command side stamps subject requests by, bound from the same key
 * ({@code register.subject-requests.answer-within}, P1M by default, register-shared.yml): the replay checks the
 * register against the promise the register runs with.
 */
@ConfigurationProperties("register.subject-requests")
record SubjectRequestSettings(Period answerWithin) {

    SubjectRequestSettings {
        answerWithin = answerWithin != null ? answerWithin : SubjectRequestAnsweredWithinOneMonth.ONE_MONTH;
        new SubjectRequestAnsweredWithinOneMonth(answerWithin); // refuses what the command side refuses
    }
}
