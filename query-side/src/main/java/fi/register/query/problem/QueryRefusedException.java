package fi.register.query.problem;

import fi.register.autoconfigure.problem.Refusal;
import org.axonframework.queryhandling.QueryExecutionException;

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
}
