package fi.register.command.customer;

import fi.register.command.booking.Booking;
import fi.register.command.booking.ServiceHistory;
import fi.register.command.consent.Consent;
import fi.register.command.snapshot.SnapshotState;
import fi.register.command.subjectrequest.SubjectRequests;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.personal.PersonalData;
import fi.register.events.recommendation.RecommendProgramCommand;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.ServiceFixtures.healthDataConsent;
import static fi.register.command.customer.ServiceFixtures.writtenDisclosureConsent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subject's snapshot, as the register's serializer writes it: it reads back as the state the events gave, carries
 * the aggregate's revision, and holds nothing personal.
 */
class CustomerSnapshotTest {

    private final UUID customerId = UUID.randomUUID();

    @TempDir
    Path keyDir;

    private Customer sourced() {
        UUID bookingId = UUID.randomUUID();
        AtomicReference<Customer> state = new AtomicReference<>();
        ServiceFixtures.fixture()
                .given(registered(person(customerId)),
                        healthDataConsent(customerId, UUID.randomUUID()),
                        writtenDisclosureConsent(customerId, UUID.randomUUID(), "Vastaanottaja Oy"),
                        new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", NOW.plusSeconds(3600),
                                BookingChannel.PHONE, NOW),
                        new BookingMadeEvent(customerId, UUID.randomUUID(), "FIRSTBEAT_ANALYSIS", NOW.plusSeconds(7200),
                                BookingChannel.EMAIL, NOW),
                        new BookingCancelledEvent(customerId, bookingId, NOW),
                        new ServiceProvidedEvent(customerId, UUID.randomUUID(), "NEUROSONIC_TREATMENT",
                                ServiceEventKind.TREATMENT_GIVEN, NOW),
                        new SubjectRequestReceivedEvent(customerId, UUID.randomUUID(), SubjectRequestKind.RECTIFICATION,
                                SubjectRequestChannel.LETTER, NOW, NOW.plusSeconds(86400)),
                        new fi.register.events.interview.InterviewRecordedEvent(customerId, UUID.randomUUID(),
                                "Uniongelmat", null, Set.of("EMFIT_MONITORING"), null, NOW),
                        new fi.register.events.recommendation.ProgramFeedbackRecordedEvent(customerId,
                                UUID.randomUUID(), "Ohjelma B", "Parani", 5, NOW),
                        new fi.register.events.order.OrderPlacedEvent(customerId, UUID.randomUUID(),
                                fi.register.events.order.Product.EMFIT_MONITOR, fi.register.events.order.OrderTerms.SALE,
                                CustomerFixtures.ADDRESS, NOW))
                .when(new RecommendProgramCommand(customerId, UUID.randomUUID(), "ohjelma", "kevyt", 30, null))
                .expectSuccessfulHandlerExecution()
                .expectState(state::set);
        return state.get();
    }

    @Test
    void keeps_EveryDecidingField_WhenASnapshotIsReadBack() {
        Serializer serializer = PersonalDataProtection.open(keyDir, MasterKey.generate(), Duration.ofMinutes(1))
                .serializer();
        Customer customer = sourced();

        SerializedObject<byte[]> snapshot = serializer.serialize(customer, byte[].class);
        Customer read = serializer.deserialize(snapshot);

        assertThat(snapshot.getType().getRevision()).isEqualTo("6");
        assertThat(read).usingRecursiveComparison().isEqualTo(customer);
        assertThat(new String(snapshot.getData(), StandardCharsets.UTF_8))
                .contains("\"erased\":false", "CANCELLED", "BOOKED", "NEUROSONIC_TREATMENT", "FIRSTBEAT_ANALYSIS",
                        "RECTIFICATION", "EMFIT_MONITORING")
                .doesNotContain("Testi", "Henkilö", "testi.henkilo@example.test", "Testikatu", "lomake-1", "kirje-1",
                        "Vastaanottaja", "Uniongelmat", "Ohjelma B", "Parani");
    }

    @Test
    void keeps_AConsentsFreeTextRecipientSealedInTheSnapshot_AndUnreadableOnceTheKeyIsDestroyed() {
        PersonalDataProtection protection = PersonalDataProtection.open(keyDir, MasterKey.generate(), Duration.ofMinutes(1));
        Serializer serializer = protection.serializer();
        SerializedObject<byte[]> snapshot = serializer.serialize(sourced(), byte[].class);

        protection.keyStore().destroy(customerId);
        Customer read = serializer.deserialize(snapshot);

        assertThat(new String(snapshot.getData(), StandardCharsets.UTF_8)).doesNotContain("Vastaanottaja");
        assertThat(read).extracting("consentRecipients").as("sealed, so erased with the key").isNull();
    }

    /**
     * The serializer seals only the top-level {@code @PersonalData} fields of what it writes, so a personal value in a
     * member would reach the snapshot in clear: none may have one. The root may, where it would be sealed.
     */
    @Test
    void keeps_NoPersonalFieldInAnyMemberOfTheSnapshot() {
        List<String> personalInMembers = new ArrayList<>();
        List<String> notRebuiltByFields = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        List<Class<?>> toVisit = new ArrayList<>(List.of(Customer.class));
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.remove(toVisit.size() - 1);
            if (!type.getName().startsWith("fi.register.") || type.isEnum() || !seen.add(type)) {
                continue;
            }
            if (!type.isRecord() && !type.isAnnotationPresent(SnapshotState.class)) {
                notRebuiltByFields.add(type.getName());
            }
            for (Member member : members(type)) {
                if (member.personal() && type != Customer.class) {
                    personalInMembers.add(type.getSimpleName() + "." + member.name());
                }
                collectClasses(member.type(), toVisit);
            }
        }

        assertThat(seen).contains(Customer.class, Consent.class, ServiceHistory.class, Booking.class,
                SubjectRequests.class, RecordsOnFile.class);
        assertThat(personalInMembers).isEmpty();
        assertThat(notRebuiltByFields).as("classes in the snapshot are @SnapshotState or records").isEmpty();
    }

    private record Member(String name, Type type, boolean personal) {
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.add(new Member(component.getName(), component.getGenericType(),
                        component.isAnnotationPresent(PersonalData.class)));
            }
            return members;
        }
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                members.add(new Member(field.getName(), field.getGenericType(),
                        field.isAnnotationPresent(PersonalData.class)));
            }
        }
        return members;
    }

    private static void collectClasses(Type type, List<Class<?>> into) {
        if (type instanceof Class<?> c) {
            into.add(c);
        } else if (type instanceof ParameterizedType parameterized) {
            collectClasses(parameterized.getRawType(), into);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectClasses(argument, into);
            }
        }
    }
}
