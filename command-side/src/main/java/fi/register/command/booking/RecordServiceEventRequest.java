package fi.register.command.booking;

import fi.register.events.service.RecordServiceEventCommand;
import fi.register.events.service.ServiceEventKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record RecordServiceEventRequest(@NotBlank @Size(max = 64) String service, @NotNull ServiceEventKind kind) {

    public RecordServiceEventCommand toCommand(UUID customerId, UUID serviceEventId) {
        return new RecordServiceEventCommand(customerId, serviceEventId, service, kind);
    }
}
