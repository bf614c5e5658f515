package fi.register.events.personal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that holds personal data of the message's data subject.
 * The crypto-shredding serializer encrypts it under the subject's own data key, so the
 * stored bytes never hold it in clear text and destroying the key erases it everywhere.
 * After erasure a {@code String} component reads back as {@link #ERASED}, any other type as {@code null}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface PersonalData {

    /** What an erased personal text reads as: explicit, never mistaken for real data. */
    String ERASED = "[erased]";
}
