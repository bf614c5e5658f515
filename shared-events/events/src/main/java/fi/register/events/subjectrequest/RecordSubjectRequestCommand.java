package fi.register.events.subjectrequest;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A data subject's request arrived: recorded at once, so its deadline runs from now (GDPR Art. 12(3)). */
public record RecordSubjectRequestCommand(@TargetAggregateIdentifier UUID customerId, @NotNull UUID requestId,
                                          @NotNull SubjectRequestKind kind, @NotNull SubjectRequestChannel channel) {
}
