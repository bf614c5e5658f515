package fi.register.events.personal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component that identifies the data subject (a random {@link java.util.UUID},
 * never derived from personal data). Its value selects the key that the message's
 * {@link PersonalData} components are encrypted with. Exactly one per message that has personal data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface DataSubjectId {
}
