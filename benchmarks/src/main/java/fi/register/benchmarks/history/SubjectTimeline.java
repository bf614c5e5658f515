package fi.register.benchmarks.history;

import fi.register.benchmarks.history.HistoryPlan.Plant;
import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.rules.DisclosureNeedsBasis;
import fi.register.rules.NeurosonicOrderConfirmation;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * One subject's life in the register, event by event, as the command side would have recorded it: the same events,
 * the same legal basis and consent in the metadata, times strictly increasing. Names and addresses are generated
 * from short lists; nothing is anyone's personal data.
 */
final class SubjectTimeline {

    private static final String[] FIRST_NAMES = {"Aino", "Eino", "Helmi", "Väinö", "Liisa", "Juhani", "Siiri", "Onni"};
    private static final String[] LAST_NAMES = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen"};
    private static final String[] CITIES = {"Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Jyväskylä"};
    private static final String[] GROUPS = {"NEUROSONIC_TREATMENT", "NEUROSONIC_RENTAL", "NEUROSONIC_PURCHASE",
            "FIRSTBEAT_ANALYSIS", "EMFIT_MONITORING"};
    private static final String NEUROSONIC = "NEUROSONIC";
    private static final String FIRSTBEAT = "FIRSTBEAT";
    private static final String BOOKING_SYSTEM = "BOOKING_SYSTEM";
    /** Named in a written DISCLOSURE consent, not in the register description. */
    private static final String INSURER = "Vakuutus Oy";
    /** Named nowhere: a disclosure to it on the contract breaks the privacy notice. */
    private static final String UNNAMED = "Tietopalvelu Analytiikka Oy";

    private final UUID id;
    /** The services the subject used so far, as the rules learn them from the history. */
    private final Set<String> servicesUsed = new HashSet<>();
    private final Random random;
    private final Instant now;
    private final List<PlannedEvent> events = new ArrayList<>();
    private Instant at;
    private Instant retentionRunsFrom;
    private long retentionRunsFromSequence;
    private UUID healthConsent;
    private UUID disclosureConsent;
    private long interviewWithoutConsent = -1;
    private long disclosureWithoutBasis = -1;
    private boolean erased;

    SubjectTimeline(UUID id, Random random, Instant now) {
        this.id = id;
        this.random = random;
        this.now = now;
    }

    void live(Instant registeredAt, Plant plant) {
        at = registeredAt;
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        record(new CustomerRegisteredEvent(id, CustomerKind.PERSON, first, last, null, null, address(), null,
                (first + "." + last + "." + id.toString().substring(0, 8) + "@example.test").toLowerCase(),
                "+358 40 " + (1_000_000 + random.nextInt(9_000_000)), pick(GROUPS), "fi", at), LegalBasis.CONTRACT);
        retentionRunsFrom = at;
        retentionRunsFromSequence = 0;
        if (plant != Plant.HEALTH_DATA_WITHOUT_CONSENT && random.nextInt(100) < 75) {
            healthConsent = consent(ConsentPurpose.HEALTH_DATA, null,
                    random.nextBoolean() ? EvidenceMethod.ELECTRONIC : EvidenceMethod.IN_PERSON);
        }
        if (random.nextInt(100) < 30) {
            consent(ConsentPurpose.MARKETING, null, EvidenceMethod.ELECTRONIC);
        }
        if (random.nextInt(100) < 8) {
            disclosureConsent = consent(ConsentPurpose.DISCLOSURE, INSURER, EvidenceMethod.WRITTEN);
        }
        if (plant == Plant.HEALTH_DATA_WITHOUT_CONSENT) {
            // recorded without the HEALTH_DATA consent, on the contract: Art. 9 broken
            interviewWithoutConsent = record(new InterviewRecordedEvent(id, uuid(), "sleep", "calm",
                    Set.of("NEUROSONIC_TREATMENT"), null, later(Duration.ofMinutes(10))), LegalBasis.CONTRACT);
        }
        int visits = plant == Plant.KEPT_PAST_RETENTION || plant == Plant.ERASED_BEFORE_RETENTION_DUE ? 2 : 1 + random.nextInt(12);
        for (int visit = 0; visit < visits && at.isBefore(now.minus(Duration.ofDays(100))); visit++) {
            visit(visit == 0);
        }
        if (random.nextInt(100) < 20) {
            record(new CustomerRectifiedEvent(id, Set.of(CustomerField.ADDRESS), null, null, null, null, address(), null,
                    null, null, null, null, later(Duration.ofDays(2))), LegalBasis.LEGAL_OBLIGATION);
        }
        if (random.nextInt(100) < 15) {
            order();
        }
        // FIRSTBEAT's role covers only the customers of its analysis
        if (random.nextInt(100) < 25 && servicesUsed.contains("FIRSTBEAT_ANALYSIS")) {
            disclose(FIRSTBEAT, null, EnumSet.of(DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH));
        }
        if (random.nextInt(100) < 20) {
            disclose(BOOKING_SYSTEM, null, EnumSet.of(DisclosedField.NAME, DisclosedField.EMAIL, DisclosedField.PHONE));
        }
        if (disclosureConsent != null) {
            record(new PersonalDataDisclosedEvent(id, uuid(), null, INSURER, EnumSet.of(DisclosedField.NAME, DisclosedField.EMAIL),
                    null, later(Duration.ofDays(1))), LegalBasis.CONSENT, disclosureConsent);
        }
        if (plant == Plant.DISCLOSURE_WITHOUT_BASIS) {
            disclosureWithoutBasis = disclose(null, UNNAMED, EnumSet.of(DisclosedField.NAME, DisclosedField.EMAIL));
        }
        if (healthConsent != null && random.nextInt(100) < 10) {
            record(new ConsentWithdrawnEvent(id, healthConsent, ConsentPurpose.HEALTH_DATA, later(Duration.ofDays(3))),
                    LegalBasis.LEGAL_OBLIGATION);
        }
    }

    /** A booking kept (a service event: retention restarts) or cancelled; health data recorded on the first. */
    private void visit(boolean first) {
        later(Duration.ofDays(3 + random.nextInt(60)));
        UUID booking = uuid();
        String service = pick(GROUPS);
        Instant startsAt = at.plus(Duration.ofDays(1 + random.nextInt(14)));
        record(new BookingMadeEvent(id, booking, service, startsAt, BookingChannel.BOOKING_SYSTEM, at), LegalBasis.CONTRACT);
        at = startsAt;
        if (random.nextInt(100) < 88) {
            servedAt(record(new BookingCompletedEvent(id, booking, service, at), LegalBasis.CONTRACT));
        } else {
            record(new BookingCancelledEvent(id, booking, at), LegalBasis.CONTRACT);
        }
        if (random.nextInt(100) < 20) {
            servedAt(record(new ServiceProvidedEvent(id, uuid(), service, ServiceEventKind.DEVICE_HANDED_OVER,
                    later(Duration.ofHours(2))), LegalBasis.CONTRACT));
        }
        if (first && healthConsent != null) {
            record(new InterviewRecordedEvent(id, uuid(), "sleep and stress", "calm, evenings",
                    Set.of("NEUROSONIC_TREATMENT"), null, later(Duration.ofMinutes(30))), LegalBasis.CONSENT, healthConsent);
            if (random.nextBoolean()) {
                // a recommendation is health data: it rests on the HEALTH_DATA consent, as the command side records it
                record(new ProgramRecommendedEvent(id, uuid(), "Deep rest", "low", 30, "after the interview",
                        later(Duration.ofMinutes(20))), LegalBasis.CONSENT, healthConsent);
                record(new ProgramFeedbackRecordedEvent(id, uuid(), "Deep rest", "slept better", 1 + random.nextInt(5),
                        later(Duration.ofDays(14))), LegalBasis.CONSENT, healthConsent);
            }
        }
    }

    private void order() {
        UUID order = uuid();
        Product product = random.nextBoolean() ? Product.NEUROSONIC_DEVICE : Product.EMFIT_MONITOR;
        record(new OrderPlacedEvent(id, order, product, random.nextBoolean() ? OrderTerms.SALE : OrderTerms.RENTAL,
                address(), later(Duration.ofDays(1))), LegalBasis.CONTRACT);
        if (NeurosonicOrderConfirmation.isNeededFor(product)) {
            // the command side applies both in one command, at the same instant
            events.add(new PlannedEvent(id, events.size(), at.plusMillis(1), new PersonalDataDisclosedEvent(id,
                    NeurosonicOrderConfirmation.disclosureIdOf(order), NEUROSONIC, null,
                    EnumSet.copyOf(NeurosonicOrderConfirmation.FIELDS), order, at),
                    metadata(LegalBasis.CONTRACT, null).and(EventMetadata.ACTOR, "staff")));
            at = at.plusMillis(1);
        }
    }

    private long disclose(String namedParty, String recipient, Set<DisclosedField> fields) {
        return record(new PersonalDataDisclosedEvent(id, uuid(), namedParty, recipient, fields, null,
                        later(Duration.ofDays(1))),
                LegalBasis.CONTRACT);
    }

    private UUID consent(ConsentPurpose purpose, String recipient, EvidenceMethod evidence) {
        UUID consent = uuid();
        record(new ConsentGivenEvent(id, consent, purpose, purpose == ConsentPurpose.MARKETING ? MarketingChannel.EMAIL : null,
                null, recipient, evidence, "form " + random.nextInt(100_000), "2026-01", later(Duration.ofMinutes(5))),
                LegalBasis.LEGAL_OBLIGATION);
        return consent;
    }

    /** The subject's last event, recorded by the DPO (at the subject's request) or by the register (retention). */
    long erase(ErasureReason reason, Instant erasedAt) {
        at = erasedAt;
        erased = true;
        return append(new SubjectErasedEvent(id, reason, erasedAt), LegalBasis.LEGAL_OBLIGATION, null,
                reason == ErasureReason.RETENTION_EXPIRED ? EventMetadata.SYSTEM_ACTOR : "dpo");
    }

    private void servedAt(long sequence) {
        retentionRunsFrom = at;
        retentionRunsFromSequence = sequence;
    }

    private long record(Object payload, LegalBasis basis) {
        return record(payload, basis, null);
    }

    private long record(Object payload, LegalBasis basis, UUID consent) {
        return append(payload, basis, consent, "staff");
    }

    private long append(Object payload, LegalBasis basis, UUID consent, String actor) {
        long sequence = events.size();
        servicesUsed.addAll(DisclosureNeedsBasis.servicesShownBy(payload));
        events.add(new PlannedEvent(id, sequence, at, payload, metadata(basis, consent).and(EventMetadata.ACTOR, actor)));
        return sequence;
    }

    private MetaData metadata(LegalBasis basis, UUID consent) {
        MetaData metadata = MetaData.with(EventMetadata.LEGAL_BASIS, basis.name())
                .and(EventMetadata.CORRELATION_ID, uuid().toString());
        return consent == null ? metadata : metadata.and(EventMetadata.CONSENT_ID, consent.toString());
    }

    private Instant later(Duration atMost) {
        at = at.plusSeconds(1 + (long) (random.nextDouble() * atMost.toSeconds()));
        return at;
    }

    private PostalAddress address() {
        return new PostalAddress("Koetie " + (1 + random.nextInt(99)), String.format("%05d", random.nextInt(99_999)),
                pick(CITIES), "FI");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    UUID id() {
        return id;
    }

    List<PlannedEvent> events() {
        return events;
    }

    Instant retentionRunsFrom() {
        return retentionRunsFrom;
    }

    long retentionRunsFromSequence() {
        return retentionRunsFromSequence;
    }

    Instant lastEventAt() {
        return at;
    }

    boolean isErased() {
        return erased;
    }

    long interviewWithoutConsent() {
        return interviewWithoutConsent;
    }

    long disclosureWithoutBasis() {
        return disclosureWithoutBasis;
    }
}
