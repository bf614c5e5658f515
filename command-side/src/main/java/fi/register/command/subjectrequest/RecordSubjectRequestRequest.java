package fi.register.command.subjectrequest;

import fi.register.events.subjectrequest.RecordSubjectRequestCommand;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** What arrived and how; when is the register's clock's to say (the deadline runs from the recording). */
public record RecordSubjectRequestRequest(@NotNull SubjectRequestKind kind, @NotNull SubjectRequestChannel channel) {

    public RecordSubjectRequestCommand toCommand(UUID customerId, UUID requestId) {
        return new RecordSubjectRequestCommand(customerId, requestId, kind, channel);
    }
}
