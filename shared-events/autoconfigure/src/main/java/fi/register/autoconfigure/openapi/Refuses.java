package fi.register.autoconfigure.openapi;

import fi.register.autoconfigure.problem.Refusal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an endpoint answers beyond those every endpoint of its shape can (see {@link ProblemResponses}), so
 * the API document names each problem type a client must handle. A test compares these with the answers the
 * endpoints really give.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {

    Refusal[] value();
}
