package fi.register.command.subjectrequest;

import fi.register.rules.SubjectRequestAnsweredWithinOneMonth;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * @param answerWithin how long after its arrival a subject's request must be answered: one month (GDPR Art. 12(3)) by
 *                     default, or fewer days if the clinic promises more (register-shared.yml, read by both sides)
 */
@ConfigurationProperties("register.subject-requests")
record SubjectRequestProperties(Period answerWithin) {

    SubjectRequestProperties {
        answerWithin = answerWithin != null ? answerWithin : SubjectRequestAnsweredWithinOneMonth.ONE_MONTH;
    }
}
