package fi.register.query.compliance;

import fi.register.autoconfigure.parties.NamedParties;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;

import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.rules.NamedParty;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Made-up events for the checks' tests; personal fields are null, as no check reads them. */
final class Events {

    static final NamedParties PARTIES = new NamedParties("Neurosonic Finland Oy", "Firstbeat Technologies Oy",
            "Emfit Oy", "Tehden asiakashallintajärjestelmä (Avoinna24)");

    private Events() {
    }

    static CustomerRegisteredEvent registered(UUID customerId, Instant at) {
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, null, null, null, null, null, null, null,
                null, "NEUROSONIC_TREATMENT", "fi", at);
    }

    static ConsentGivenEvent consent(UUID customerId, UUID consentId, ConsentPurpose purpose, String recipient,
                                     EvidenceMethod evidence, Instant at) {
        String party = namedParty(recipient);
        return new ConsentGivenEvent(customerId, consentId, purpose, null, party, party == null ? recipient : null,
                evidence, null, "2026-01", at);
    }

    static ConsentWithdrawnEvent withdrawn(UUID customerId, UUID consentId, ConsentPurpose purpose, Instant at) {
        return new ConsentWithdrawnEvent(customerId, consentId, purpose, at);
    }

    static InterviewRecordedEvent interview(UUID customerId, Instant at) {
        return new InterviewRecordedEvent(customerId, UUID.randomUUID(), null, null, Set.of("NEUROSONIC_TREATMENT"), null, at);
    }

    static BookingMadeEvent booked(UUID customerId, String service, Instant at) {
        return new BookingMadeEvent(customerId, UUID.randomUUID(), service, at.plusSeconds(86_400), BookingChannel.PHONE, at);
    }

    static ServiceProvidedEvent service(UUID customerId, Instant at) {
        return new ServiceProvidedEvent(customerId, UUID.randomUUID(), "NEUROSONIC_TREATMENT", ServiceEventKind.TREATMENT_GIVEN, at);
    }

    static PersonalDataDisclosedEvent disclosed(UUID customerId, String recipient, Set<DisclosedField> fields,
                                                UUID orderId, Instant at) {
        String party = namedParty(recipient);
        return new PersonalDataDisclosedEvent(customerId, UUID.randomUUID(), party, party == null ? recipient : null,
                fields, orderId, at);
    }

    /** A named party's code, as the command side records it, or null for anyone else. */
    static String namedParty(String recipient) {
        return recipient == null ? null : PARTIES.partyNamed(recipient).map(NamedParty::code).orElse(null);
    }

    static OrderPlacedEvent deviceOrder(UUID customerId, UUID orderId, Instant at) {
        return new OrderPlacedEvent(customerId, orderId, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, null, at);
    }

    static SubjectErasedEvent erased(UUID customerId, ErasureReason reason, Instant at) {
        return new SubjectErasedEvent(customerId, reason, at);
    }
}
