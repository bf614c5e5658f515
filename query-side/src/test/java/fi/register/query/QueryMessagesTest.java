package fi.register.query;

import fi.register.crypto.CryptoShreddingSerializer;
import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.PostalAddress;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import fi.register.query.booking.BookingResponse;
import fi.register.query.customer.CustomerResponse;
import fi.register.query.interview.InterviewResponse;
import fi.register.query.order.OrderResponse;
import fi.register.query.recommendation.ProgramFeedbackResponse;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's own messages keep the published language's rules: a response with personal data names exactly
 * one subject, so that on a distributed query bus the crypto-shredding serializer encrypts it under that subject's
 * key. Checked over every query and response found, so a new one cannot slip past.
 */
class QueryMessagesTest {

    private static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");

    @TempDir
    Path keyDir;

    @Test
    void everyResponseWithPersonalDataNamesExactlyOneSubject() {
        List<Class<?>> responses = QuerySideClasses.all().stream()
                .filter(type -> type.getName().endsWith("Response") || type.getName().contains("Response$")).toList();
        // the scan reaches every feature package, so a new response is checked without being listed here
        assertThat(responses).contains(CustomerResponse.class, BookingResponse.class, InterviewResponse.class,
                OrderResponse.class, ProgramFeedbackResponse.class);
        // nested records too (a response's consents): @PersonalData on a value type's component protects nothing, since
        // the serializer seals a message's own components
        assertThat(responses).contains(CustomerResponse.Consent.class);
        for (Class<?> response : responses) {
            assertThat(response.isRecord() || response.isEnum()).as(response.getName() + " is a record").isTrue();
            if (!response.isRecord()) {
                continue;
            }
            RecordComponent[] components = response.getRecordComponents();
            List<RecordComponent> subjects = Arrays.stream(components)
                    .filter(c -> c.isAnnotationPresent(DataSubjectId.class)).toList();
            if (Arrays.stream(components).anyMatch(c -> c.isAnnotationPresent(PersonalData.class))) {
                assertThat(subjects).as(response.getName() + " names its subject").hasSize(1);
                assertThat(subjects.get(0).getType()).isEqualTo(UUID.class);
            }
        }
    }

    @Test
    void everyQueryIsARecordNamingTheCustomerItAsksAbout() {
        List<Class<?>> queries = queryMessages("Query");
        assertThat(queries).hasSizeGreaterThanOrEqualTo(11);
        assertThat(queries).allSatisfy(query -> assertThat(query.isRecord()).as(query.getSimpleName()).isTrue());
    }

    @Test
    void responsesSentOverADistributedQueryBusKeepTheirPersonalFieldsEncrypted() {
        PersonalDataProtection protection = PersonalDataProtection.open(keyDir.resolve("keys"),
                MasterKey.generateInto(keyDir.resolve("keys/master.key")), Duration.ofMinutes(10));
        CryptoShreddingSerializer serializer = CryptoShreddingSerializer.create(protection.cipher());
        UUID customerId = UUID.randomUUID();
        Object[] responses = {
                new InterviewResponse(customerId, UUID.randomUUID(), "Unettomuus-Qwerbal", "Kevyt-Vromnax",
                        List.of("FIRSTBEAT_ANALYSIS"), LocalDate.of(1931, 7, 29), AT, "staff"),
                new OrderResponse(customerId, UUID.randomUUID(), Product.NEUROSONIC_DEVICE, OrderTerms.SALE,
                        new PostalAddress("Toimitustie-Gnarvik 5", "00700", "Helsinki", "FI"), AT, "staff", null),
                new ProgramFeedbackResponse(customerId, UUID.randomUUID(), "Ohjelma-Plimzor", "Vaikutus-Drovnek", 4, AT,
                        "staff"),
                new CustomerResponse(customerId, CustomerKind.PERSON, "Etunimi-Zqarn", "Sukunimi-Bluvix", null, null,
                        new PostalAddress("Kotitie-Wemblor 1", "00100", "Helsinki", "FI"), null, "zqarn@example.test",
                        null, "FIRSTBEAT_ANALYSIS", List.of("FIRSTBEAT_ANALYSIS"), "fi", AT, AT,
                        List.of(new CustomerResponse.Consent(UUID.randomUUID(), ConsentPurpose.HEALTH_DATA, null, null, null,
                                EvidenceMethod.WRITTEN, "Todiste-Xyvarn", "2018-05", AT, "staff")), List.of())};

        for (Object response : responses) {
            SerializedObject<byte[]> sent = serializer.serialize(response, byte[].class);
            assertThat(new String(sent.getData(), StandardCharsets.UTF_8)).as(response.getClass().getSimpleName())
                    .doesNotContain("Qwerbal", "Vromnax", "1931-07-29", "Gnarvik", "Plimzor", "Drovnek", "Zqarn", "Bluvix",
                            "Wemblor", "Xyvarn");
            assertThat(serializer.<byte[], Object>deserialize(sent)).isEqualTo(response);
        }
    }

    /** The query side's own messages: its records named ...Query or ...Response. */
    private static List<Class<?>> queryMessages(String kind) {
        return QuerySideClasses.all().stream().filter(type -> type.getSimpleName().endsWith(kind)).toList();
    }
}
