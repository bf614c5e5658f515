package fi.register.query.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import fi.register.query.metadata.RecordedMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A subject's events straight from the event store, not from a projection: the export must show what was actually
 * recorded. The crypto-shredding serializer decrypts the personal fields on the way.
 */
@Component
class EventHistory {

    private final EventStore eventStore;
    private final ObjectMapper objectMapper;

    EventHistory(EventStore eventStore, ObjectMapper objectMapper) {
        this.eventStore = eventStore;
        this.objectMapper = objectMapper;
    }

    /** From sequence number 0, so that a snapshot never stands in for the events it summarises. */
    List<ExportedEvent> of(UUID customerId) {
        return eventStore.readEvents(customerId.toString(), 0).asStream()
                .map(this::exported)
                .toList();
    }

    private ExportedEvent exported(DomainEventMessage<?> event) {
        return new ExportedEvent(event.getSequenceNumber(), event.getTimestamp(), event.getPayloadType().getSimpleName(),
                RecordedMetadata.of(event.getMetaData()), payload(event.getPayload()));
    }

    private JsonNode payload(Object payload) {
        // an event type this build does not know cannot be decoded; its type name and place in the history remain
        return payload == null || payload instanceof UnknownSerializedType ? NullNode.getInstance() : objectMapper.valueToTree(payload);
    }
}
