package fi.register.events.upcasting;

import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.events.audit.ReadPurpose;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads recorded before reads had a purpose are read with the purpose their kind serves, so no old read lacks one. */
class ReadPurposeUpcasterTest {

    @TempDir
    Path keyDir;

    private final UUID customerId = UUID.randomUUID();

    @Test
    void emits_ThePurposeItsKindServes_WhenAnOldReadRecordedNone() {
        PersonalDataReadEvent read = readRevision1("ORDER_CONFIRMATION");

        assertThat(read.what()).isEqualTo(PersonalDataRead.ORDER_CONFIRMATION);
        assertThat(read.purpose()).isEqualTo(ReadPurpose.ORDER_DELIVERY);
        assertThat(read.reader()).isEqualTo("staff");
        assertThat(read.readAt()).isEqualTo(Instant.parse("2026-01-02T10:00:00Z"));
    }

    @Test
    void keeps_EveryKindOfReadWithAPurpose() {
        for (PersonalDataRead what : PersonalDataRead.values()) {
            assertThat(readRevision1(what.name()).purpose()).as(what.name()).isNotNull();
        }
    }

    private Serializer serializer;

    private PersonalDataReadEvent readRevision1(String what) {
        if (serializer == null) {
            serializer = PersonalDataProtection.open(keyDir, MasterKey.generate(), Duration.ofMinutes(1)).serializer();
        }
        String json = "{\"customerId\":\"" + customerId + "\",\"reader\":\"staff\",\"what\":\"" + what
                + "\",\"readAt\":\"2026-01-02T10:00:00Z\"}";
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>(null, customerId.toString(), 0,
                UUID.randomUUID().toString(), "2026-01-02T10:00:00Z", PersonalDataReadEvent.class.getName(), "1",
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = new ReadPurposeUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        return (PersonalDataReadEvent) serializer.deserialize(upcast.getData());
    }
}
