package fi.register.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CryptoShreddingSerializerTest {

    private final InMemoryKeyStore keys = new InMemoryKeyStore();
    private final JacksonSerializer plain = JacksonSerializer.builder().objectMapper(CryptoShreddingSerializer.objectMapper()).build();
    private final CryptoShreddingSerializer serializer = new CryptoShreddingSerializer(plain, new PersonalDataCipher(keys));
    private final UUID customerId = UUID.randomUUID();
    private final CustomerRegisteredEvent event = Samples.customer(customerId);

    @Test
    void roundTripsAnEventThroughBytesAndText() {
        SerializedObject<byte[]> bytes = serializer.serialize(event, byte[].class);
        SerializedObject<String> text = serializer.serialize(event, String.class);

        assertThat(serializer.<byte[], Object>deserialize(bytes)).isEqualTo(event);
        assertThat(serializer.<String, Object>deserialize(text)).isEqualTo(event);
    }

    @Test
    void roundTripsThroughJsonNodeWithoutChangingTheStoredTree() {
        SerializedObject<JsonNode> tree = serializer.serialize(event, JsonNode.class);
        String stored = tree.getData().toString();

        assertThat(serializer.<JsonNode, Object>deserialize(tree)).isEqualTo(event);
        assertThat(tree.getData().toString()).isEqualTo(stored);
    }

    @Test
    void encryptsPersonalFieldsSoNoClearTextReachesTheBytes() {
        String stored = new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain(Samples.PERSONAL_VALUES);
        assertThat(stored).contains("wellness-gold", customerId.toString(), "PERSON", "2025-03-01T10:15:30Z");
    }

    @Test
    void keepsPersonalDataSealed_WhenTheReaderNeedsNone_readingItAsErasedWithoutLookingUpTheKey() {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        CountingKeyStore counting = new CountingKeyStore(keys);
        CryptoShreddingSerializer sealedReader =
                new CryptoShreddingSerializer(plain, new PersonalDataCipher(counting)).leavingPersonalDataSealed();

        CustomerRegisteredEvent read = sealedReader.deserialize(stored);

        assertThat(read.firstName()).isEqualTo(PersonalData.ERASED);
        assertThat(read.email()).isEqualTo(PersonalData.ERASED);
        assertThat(read.address()).isNull();
        assertThat(read.customerId()).isEqualTo(customerId);
        assertThat(read.customerGroup()).isEqualTo(event.customerGroup());
        assertThat(read.registeredAt()).isEqualTo(event.registeredAt());
        assertThat(counting.lookups).isZero();
    }

    /** Counts every key the serializer asks for. */
    private static final class CountingKeyStore implements DataKeyStore {
        private final DataKeyStore delegate;
        int lookups;

        CountingKeyStore(DataKeyStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public javax.crypto.SecretKey keyFor(UUID subjectId) {
            lookups++;
            return delegate.keyFor(subjectId);
        }

        @Override
        public java.util.Optional<javax.crypto.SecretKey> find(UUID subjectId) {
            lookups++;
            return delegate.find(subjectId);
        }

        @Override
        public void destroy(UUID subjectId) {
            delegate.destroy(subjectId);
        }

        @Override
        public boolean isDestroyed(UUID subjectId) {
            return delegate.isDestroyed(subjectId);
        }
    }

    @Test
    void readsAnErasedSubjectsEventsWithPersonalTextErasedAndOtherPersonalValuesNull() {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        keys.destroy(customerId);
        CustomerRegisteredEvent read = serializer.deserialize(stored);

        assertThat(read.firstName()).isEqualTo(PersonalData.ERASED);
        assertThat(read.lastName()).isEqualTo(PersonalData.ERASED);
        assertThat(read.email()).isEqualTo(PersonalData.ERASED);
        assertThat(read.phone()).isEqualTo(PersonalData.ERASED);
        assertThat(read.address()).isNull();
        assertThat(read.billing()).isNull();
        assertThat(read.companyName()).isNull(); // was null before, stays null
        assertThat(read.customerId()).isEqualTo(customerId);
        assertThat(read.kind()).isEqualTo(event.kind());
        assertThat(read.customerGroup()).isEqualTo("wellness-gold");
        assertThat(read.language()).isEqualTo("fi");
        assertThat(read.registeredAt()).isEqualTo(event.registeredAt());
    }

    @Test
    void erasureKeepsTheNonPersonalEvidenceOfAConsentReadable() {
        ConsentGivenEvent consent = new ConsentGivenEvent(customerId, UUID.randomUUID(), ConsentPurpose.DISCLOSURE,
                null, "NEUROSONIC", null, EvidenceMethod.WRITTEN, "folder Auroora 12", "2025-1", Instant.now());
        SerializedObject<byte[]> stored = serializer.serialize(consent, byte[].class);

        keys.destroy(customerId);
        ConsentGivenEvent read = serializer.deserialize(stored);

        assertThat(read.evidenceReference()).isEqualTo(PersonalData.ERASED);
        assertThat(read.evidenceMethod()).isEqualTo(EvidenceMethod.WRITTEN);
        assertThat(read.namedParty()).as("a named party's code stays readable").isEqualTo("NEUROSONIC");
    }

    @Test
    void keeps_AFreeTextRecipientSealedAndErasable_WhenAConsentOrDisclosureNamesSomeoneOutsideTheNamedParties() {
        String sister = "a sister, with her street address";
        ConsentGivenEvent consent = new ConsentGivenEvent(customerId, UUID.randomUUID(), ConsentPurpose.DISCLOSURE,
                null, null, sister, EvidenceMethod.WRITTEN, "folder 7", "2025-1", Instant.parse("2026-01-02T10:00:00Z"));
        PersonalDataDisclosedEvent disclosure = new PersonalDataDisclosedEvent(customerId, UUID.randomUUID(), null,
                sister, Set.of(DisclosedField.NAME), null, Instant.parse("2026-01-02T10:00:00Z"));
        SerializedObject<byte[]> storedConsent = serializer.serialize(consent, byte[].class);
        SerializedObject<byte[]> storedDisclosure = serializer.serialize(disclosure, byte[].class);

        assertThat(new String(storedConsent.getData(), StandardCharsets.UTF_8)).doesNotContain("sister");
        assertThat(new String(storedDisclosure.getData(), StandardCharsets.UTF_8)).doesNotContain("sister");
        assertThat(((PersonalDataDisclosedEvent) serializer.deserialize(storedDisclosure)).recipient()).isEqualTo(sister);

        keys.destroy(customerId);

        assertThat(((ConsentGivenEvent) serializer.deserialize(storedConsent)).recipient()).isEqualTo(PersonalData.ERASED);
        assertThat(((PersonalDataDisclosedEvent) serializer.deserialize(storedDisclosure)).recipient())
                .isEqualTo(PersonalData.ERASED);
    }

    @Test
    void refusesToWritePersonalDataOfAnErasedSubject() {
        keys.destroy(customerId);

        assertThatThrownBy(() -> serializer.serialize(event, byte[].class)).isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void passesMessagesWithoutPersonalDataThroughUntouched() {
        SubjectErasedEvent erased = new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, Instant.now());

        SerializedObject<byte[]> stored = serializer.serialize(erased, byte[].class);

        assertThat(stored.getData()).isEqualTo(plain.serialize(erased, byte[].class).getData());
        assertThat(serializer.<byte[], Object>deserialize(stored)).isEqualTo(erased);
        assertThat(keys.lookups).hasValue(0);
    }

    @Test
    void createsNoKeyForAMessageWhosePersonalFieldsAreAllEmpty() {
        CustomerRectifiedEvent regrouped = new CustomerRectifiedEvent(customerId, Set.of(CustomerField.CUSTOMER_GROUP),
                null, null, null, null, null, null, null, null, "wellness-silver", null, Instant.now());

        SerializedObject<String> stored = serializer.serialize(regrouped, String.class);

        assertThat(serializer.<String, Object>deserialize(stored)).isEqualTo(regrouped);
        assertThat(keys.lookups).hasValue(0);
    }

    @Test
    void carriesTheRevisionInTheSerializedType() {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo(CustomerRegisteredEvent.class.getName());
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(stored.getType()).isEqualTo(plain.typeForClass(CustomerRegisteredEvent.class));
    }

    @Test
    void readsClearTextThatWasStoredBeforeEncryptionWasTurnedOn() {
        SerializedObject<byte[]> legacy = plain.serialize(event, byte[].class);

        assertThat(serializer.<byte[], Object>deserialize(legacy)).isEqualTo(event);
    }

    @Test
    void refusesATamperedPersonalField() {
        ObjectNode stored = serializer.serialize(event, JsonNode.class).getData().deepCopy();
        byte[] sealed = Base64.getUrlDecoder().decode(stored.get("email").textValue().substring(3));
        sealed[sealed.length / 2] ^= 1;
        stored.put("email", "v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed));

        assertThatThrownBy(() -> serializer.deserialize(
                new SimpleSerializedObject<>(stored, JsonNode.class, serializer.typeForClass(CustomerRegisteredEvent.class))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toleratesPropertiesAddedByANewerVersion() {
        ObjectNode stored = serializer.serialize(event, JsonNode.class).getData().deepCopy();
        stored.put("addedLater", 42);

        Object read = serializer.deserialize(
                new SimpleSerializedObject<>(stored, JsonNode.class, serializer.typeForClass(CustomerRegisteredEvent.class)));

        assertThat(read).isEqualTo(event);
    }

    @Test
    void delegatesMetaDataAndUnknownTypes() {
        MetaData metaData = MetaData.with("actor", "staff1").and("correlationId", "c-1");
        SerializedObject<byte[]> stored = serializer.serialize(metaData, byte[].class);
        SimpleSerializedObject<byte[]> unknown = new SimpleSerializedObject<>(
                "{}".getBytes(StandardCharsets.UTF_8), byte[].class, new SimpleSerializedType("fi.register.Gone", "1"));

        assertThat(serializer.<byte[], Object>deserialize(stored)).isEqualTo(metaData);
        assertThat(serializer.<byte[], Object>deserialize(unknown)).isInstanceOf(UnknownSerializedType.class);
        assertThat(serializer.canSerializeTo(String.class)).isTrue();
        assertThat(serializer.getConverter()).isSameAs(plain.getConverter());
    }

    @Test
    void protectsPlainClassesAsWellAsRecords() {
        LegacyNote note = new LegacyNote();
        note.subject = customerId;
        note.text = "Auroora called";
        note.category = "callback";

        String stored = serializer.serialize(note, String.class).getData();
        LegacyNote read = serializer.deserialize(
                new SimpleSerializedObject<>(stored, String.class, serializer.typeForClass(LegacyNote.class)));

        assertThat(stored).doesNotContain("Auroora").contains("callback");
        assertThat(read.text).isEqualTo("Auroora called");
    }

    @Test
    void failsFastOnAClassWithPersonalDataButNoSubject() {
        assertThatThrownBy(() -> serializer.serialize(new NoSubject("Auroora"), byte[].class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(NoSubject.class.getName())
                .hasMessageContaining("@DataSubjectId")
                .hasMessageNotContaining("Auroora");
    }

    record NoSubject(@PersonalData String name) {
    }

    static class LegacyNote {
        @DataSubjectId
        public UUID subject;
        @PersonalData
        public String text;
        public String category;
    }
}
