package fi.register.query.problem;

import org.axonframework.queryhandling.QueryExecutionException;

/**
 * A query could not be answered for a reason the client should know (unknown or erased subject). The message never
 * carries personal data. Extends Axon's {@link QueryExecutionException} with the problem as details, so the reason
 * survives when another query-side instance answered the query.
 */
public class QueryRefusedException extends QueryExecutionException {

    private final QueryProblem problem;

    public QueryRefusedException(QueryProblem problem, String message) {
        super(message, null, problem.name());
        this.problem = problem;
    }

    public QueryProblem problem() {
        return problem;
    }
}
