package fi.register.query.problem;

import fi.register.autoconfigure.problem.Refusal;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;

import java.util.Optional;

/**
 * A query could not be answered for a reason the client should know (unknown or erased subject). The message never
 * carries personal data. Extends Axon's {@link QueryExecutionException} with the refusal as details, so the reason
 * survives when another query-side instance answered the query.
 */
public class QueryRefusedException extends QueryExecutionException {

    private final Refusal refusal;

    public QueryRefusedException(Refusal refusal, String message) {
        super(message, null, refusal.name());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    /**
     * The refusal behind a failed query, if it was one: the query gateway hands it back wrapped, locally in a
     * CompletionException, from another instance as a HandlerExecutionException with the refusal's name as details.
     */
    public static Optional<Refusal> foundIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryRefusedException refused) {
                return Optional.of(refused.refusal());
            }
            if (cause instanceof HandlerExecutionException remote) {
                Optional<Refusal> named = remote.getDetails().map(Object::toString).flatMap(Refusal::named);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }
}
