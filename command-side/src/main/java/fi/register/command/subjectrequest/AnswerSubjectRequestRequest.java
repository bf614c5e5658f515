package fi.register.command.subjectrequest;

import fi.register.events.subjectrequest.AnswerSubjectRequestCommand;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record AnswerSubjectRequestRequest(@NotNull SubjectRequestOutcome outcome) {

    public AnswerSubjectRequestCommand toCommand(UUID customerId, UUID requestId) {
        return new AnswerSubjectRequestCommand(customerId, requestId, outcome);
    }
}
