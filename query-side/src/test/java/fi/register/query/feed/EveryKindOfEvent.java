package fi.register.query.feed;

import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.events.audit.SubjectAccessDeniedEvent;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.query.EventStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A made-up subject's history with every kind of event the published language has, each personal field holding a
 * value unique to this subject, so a test can look for every one of them (and every id) in what the feed answers.
 */
final class EveryKindOfEvent {

    final UUID customerId = UUID.randomUUID();
    final UUID bookingId = UUID.randomUUID();
    final UUID cancelledBookingId = UUID.randomUUID();
    final UUID marketingConsentId = UUID.randomUUID();
    final UUID healthConsentId = UUID.randomUUID();
    final UUID orderId = UUID.randomUUID();
    final UUID interviewId = UUID.randomUUID();
    final UUID serviceEventId = UUID.randomUUID();
    final UUID recommendationId = UUID.randomUUID();
    final UUID feedbackId = UUID.randomUUID();
    final UUID disclosureId = UUID.randomUUID();
    private final String tag;
    private final Instant at;

    /** @param tag letters unique to this subject, woven into every personal value */
    EveryKindOfEvent(String tag, Instant at) {
        this.tag = tag;
        this.at = at;
    }

    /** Every personal value and id written, none of which may ever leave through the feed. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of("Etu" + tag, "Suku" + tag, "Yritys" + tag, "Katu" + tag,
                "Lasku" + tag, "e" + tag.toLowerCase() + "@example.invalid", "+358 40 " + digits(), "Haaste" + tag,
                "Toive" + tag, "Ohjelma" + tag, "Teho" + tag, "Peruste" + tag, "Vaikutus" + tag, "Toimitus" + tag,
                "Lomake" + tag, "Vastaanottaja" + tag, birthDate(), "reader" + tag.toLowerCase(),
                "user" + tag.toLowerCase()));
        for (UUID id : List.of(customerId, bookingId, cancelledBookingId, marketingConsentId, healthConsentId, orderId,
                interviewId, serviceEventId, recommendationId, feedbackId, disclosureId)) {
            secrets.add(id.toString());
        }
        return secrets;
    }

    private EventStream events;

    void appendTo(ApplicationContext context) {
        events = EventStream.of(context, customerId);
        PostalAddress address = new PostalAddress("Katu" + tag + " 1", "00700", "Helsinki", "FI");
        events.append(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Etu" + tag, "Suku" + tag,
                "Yritys" + tag, null, address,
                new BillingDetails(new PostalAddress("Lasku" + tag + " 2", "00100", "Helsinki", "FI"), null, null),
                "e" + tag.toLowerCase() + "@example.invalid", "+358 40 " + digits(), "NEUROSONIC_TREATMENT", "fi", at),
                "staff", LegalBasis.CONTRACT);
        events.append(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.LAST_NAME), null, "Suku" + tag,
                null, null, null, null, null, null, null, null, at.plusSeconds(1)), "staff", LegalBasis.CONTRACT);
        events.append(new ConsentGivenEvent(customerId, marketingConsentId, ConsentPurpose.MARKETING,
                MarketingChannel.EMAIL, null, null, EvidenceMethod.ELECTRONIC, "Lomake" + tag, "2026-01",
                at.plusSeconds(2)), "staff", LegalBasis.CONTRACT);
        events.append(new ConsentGivenEvent(customerId, healthConsentId, ConsentPurpose.HEALTH_DATA, null, null,
                "Vastaanottaja" + tag, EvidenceMethod.WRITTEN, "Lomake" + tag, "2026-01", at.plusSeconds(3)),
                "staff", LegalBasis.CONTRACT);
        events.append(new InterviewRecordedEvent(customerId, interviewId, "Haaste" + tag, "Toive" + tag,
                Set.of("FIRSTBEAT_ANALYSIS", "NEUROSONIC_TREATMENT"), java.time.LocalDate.parse(birthDate()),
                at.plusSeconds(4)), "staff", LegalBasis.CONSENT, healthConsentId);
        events.append(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", at.plusSeconds(86_400),
                BookingChannel.BOOKING_SYSTEM, at.plusSeconds(5)), "staff", LegalBasis.CONTRACT);
        events.append(new BookingRescheduledEvent(customerId, bookingId, at.plusSeconds(90_000), at.plusSeconds(6)),
                "staff", LegalBasis.CONTRACT);
        events.append(new BookingCompletedEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", at.plusSeconds(7)),
                "staff", LegalBasis.CONTRACT);
        events.append(new BookingMadeEvent(customerId, cancelledBookingId, "FIRSTBEAT_ANALYSIS", at.plusSeconds(86_400),
                BookingChannel.EMAIL, at.plusSeconds(8)), "staff", LegalBasis.CONTRACT);
        events.append(new BookingCancelledEvent(customerId, cancelledBookingId, at.plusSeconds(9)), "staff",
                LegalBasis.CONTRACT);
        events.append(new ServiceProvidedEvent(customerId, serviceEventId, "NEUROSONIC_TREATMENT",
                ServiceEventKind.TREATMENT_GIVEN, at.plusSeconds(10)), "staff", LegalBasis.CONTRACT);
        events.append(new OrderPlacedEvent(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE,
                new PostalAddress("Toimitus" + tag + " 3", "00700", "Helsinki", "FI"), at.plusSeconds(11)),
                "staff", LegalBasis.CONTRACT);
        events.append(new PersonalDataDisclosedEvent(customerId, disclosureId, null, "Vastaanottaja" + tag,
                Set.of(DisclosedField.NAME, DisclosedField.EMAIL), null, at.plusSeconds(12)), "staff",
                LegalBasis.CONSENT, healthConsentId);
        events.append(new ProgramRecommendedEvent(customerId, recommendationId, "Ohjelma" + tag, "Teho" + tag, 30,
                "Peruste" + tag, at.plusSeconds(13)), "staff", LegalBasis.CONSENT, healthConsentId);
        events.append(new ProgramFeedbackRecordedEvent(customerId, feedbackId, "Ohjelma" + tag, "Vaikutus" + tag, 4,
                at.plusSeconds(14)), "staff", LegalBasis.CONSENT, healthConsentId);
        events.append(new ConsentWithdrawnEvent(customerId, marketingConsentId, ConsentPurpose.MARKETING,
                at.plusSeconds(15)), "staff", LegalBasis.CONTRACT);
        // the read audit's events, outside the subject's stream, as PersonalDataReads appends them
        publishAlone(context, new PersonalDataReadEvent(customerId, "reader" + tag.toLowerCase(),
                PersonalDataRead.REGISTER_VIEW, at.plusSeconds(16)));
        publishAlone(context, new SubjectAccessDeniedEvent(customerId, "user" + tag.toLowerCase(),
                "GET /api/customers/{id}/orders", at.plusSeconds(17)));
    }

    /** The subject's own stream, to append more to it. */
    EventStream stream() {
        return events;
    }

    /** The event types appended above that the feed carries. */
    static final Set<String> CARRIED = Set.of("CustomerRegisteredEvent", "CustomerRectifiedEvent", "ConsentGivenEvent",
            "InterviewRecordedEvent", "BookingMadeEvent", "BookingRescheduledEvent", "BookingCompletedEvent",
            "BookingCancelledEvent", "ServiceProvidedEvent", "OrderPlacedEvent", "PersonalDataDisclosedEvent",
            "ProgramRecommendedEvent", "ProgramFeedbackRecordedEvent", "ConsentWithdrawnEvent");

    private String birthDate() {
        return "1980-02-0" + (1 + Math.abs(tag.hashCode()) % 9);
    }

    private String digits() {
        return String.format("%07d", Math.abs(tag.hashCode()) % 10_000_000);
    }

    private static void publishAlone(ApplicationContext context, Object payload) {
        EventStore store = context.getBean(EventStore.class);
        context.getBean(TransactionManager.class).executeInTransaction(() -> store.publish(
                GenericEventMessage.asEventMessage(payload).andMetaData(MetaData.from(Map.of(
                        EventMetadata.ACTOR, "staff", EventMetadata.CORRELATION_ID, UUID.randomUUID().toString())))));
    }
}
