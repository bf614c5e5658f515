package fi.register.crypto;

import fi.register.events.customer.PostalAddress;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.personal.PersonalData;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The wellness-service events keep health data and addresses out of the stored bytes, and read as erased after. */
class ServiceMessagesShreddingTest {

    private static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");

    private final InMemoryKeyStore keys = new InMemoryKeyStore();
    private final JacksonSerializer plain = JacksonSerializer.builder().objectMapper(CryptoShreddingSerializer.objectMapper()).build();
    private final CryptoShreddingSerializer serializer = new CryptoShreddingSerializer(plain, new PersonalDataCipher(keys));
    private final UUID customerId = UUID.randomUUID();

    @Test
    void anInterviewKeepsItsContentAndTheDateOfBirthEncryptedAndTheChosenServicesReadable() {
        InterviewRecordedEvent event = new InterviewRecordedEvent(customerId, UUID.randomUUID(), "Unettomuus-Qwerbal",
                "Kevyt-Vromnax", Set.of("FIRSTBEAT_ANALYSIS"), LocalDate.of(1931, 7, 29), AT);

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        String bytes = new String(stored.getData(), StandardCharsets.UTF_8);

        assertThat(bytes).doesNotContain("Unettomuus-Qwerbal", "Kevyt-Vromnax", "1931-07-29");
        assertThat(bytes).contains("FIRSTBEAT_ANALYSIS");
        assertThat(serializer.<byte[], Object>deserialize(stored)).isEqualTo(event);

        keys.destroy(customerId);
        InterviewRecordedEvent erased = serializer.deserialize(stored);
        assertThat(erased.challenges()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.programPreferences()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.dateOfBirth()).isNull();
        assertThat(erased.services()).containsExactly("FIRSTBEAT_ANALYSIS");
    }

    @Test
    void feedbackRecommendationsAndOrdersKeepTheirPersonalFieldsEncrypted() {
        Object[] events = {
                new ProgramFeedbackRecordedEvent(customerId, UUID.randomUUID(), "Ohjelma-Plimzor", "Vaikutus-Drovnek", 4, AT),
                new ProgramRecommendedEvent(customerId, UUID.randomUUID(), "Ohjelma-Plimzor", "Voimakas-Krentil", 30,
                        "Perustelu-Zwabble", AT),
                new OrderPlacedEvent(customerId, UUID.randomUUID(), Product.NEUROSONIC_DEVICE, OrderTerms.SALE,
                        new PostalAddress("Toimitustie-Gnarvik 5", "00700", "Helsinki", "FI"), AT)};
        SerializedObject<byte[]> feedback = null;
        for (Object event : events) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            assertThat(new String(stored.getData(), StandardCharsets.UTF_8))
                    .doesNotContain("Plimzor", "Drovnek", "Krentil", "Zwabble", "Gnarvik", "\"rating\":4");
            assertThat(serializer.<byte[], Object>deserialize(stored)).isEqualTo(event);
            feedback = feedback == null ? stored : feedback;
        }

        keys.destroy(customerId);
        ProgramFeedbackRecordedEvent erased = serializer.deserialize(feedback);
        assertThat(erased.effect()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.rating()).isNull();
        assertThat(erased.recordedAt()).isEqualTo(AT);
    }
}
