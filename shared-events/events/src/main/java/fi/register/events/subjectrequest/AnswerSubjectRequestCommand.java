package fi.register.events.subjectrequest;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The data protection officer answered an open request of the subject's. */
public record AnswerSubjectRequestCommand(@TargetAggregateIdentifier UUID customerId, @NotNull UUID requestId,
                                          @NotNull SubjectRequestOutcome outcome) {
}
