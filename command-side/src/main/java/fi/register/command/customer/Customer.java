package fi.register.command.customer;

import fi.register.autoconfigure.parties.NamedParties;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.booking.ServiceHistory;
import fi.register.command.consent.Consent;
import fi.register.command.consent.ConsentsInForce;
import fi.register.command.disclosure.DisclosureBasis;
import fi.register.command.disclosure.RecipientsToTell;
import fi.register.command.interview.DateOfBirthServices;
import fi.register.command.menu.CustomerGroups;
import fi.register.command.menu.ServicesOnTheMenu;
import fi.register.command.problem.CommandRefusedException;
import fi.register.command.snapshot.SnapshotState;
import fi.register.command.subjectrequest.SubjectRequests;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.GiveConsentCommand;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.RectifyCustomerCommand;
import fi.register.events.customer.RegisterCustomerCommand;
import fi.register.events.disclosure.DisclosePersonalDataCommand;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.disclosure.RecordRecipientNotifiedCommand;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.RecordInterviewCommand;
import fi.register.events.interview.RectifyInterviewCommand;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.PlaceOrderCommand;
import fi.register.events.order.RectifyDeliveryAddressCommand;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.recommendation.RecommendProgramCommand;
import fi.register.events.recommendation.RecordProgramFeedbackCommand;
import fi.register.events.recommendation.RectifyProgramFeedbackCommand;
import fi.register.events.recommendation.RectifyProgramRecommendationCommand;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.personal.PersonalData;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.rules.ConsentScope;
import fi.register.rules.DisclosureNeedsBasis;
import fi.register.rules.NamedParty;
import fi.register.rules.NeurosonicOrderConfirmation;
import fi.register.rules.RetentionPeriod;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;

import static fi.register.command.legalbasis.LegalBasisMetaData.consent;
import static fi.register.command.legalbasis.LegalBasisMetaData.of;
import static fi.register.events.LegalBasis.CONTRACT;
import static fi.register.events.LegalBasis.LEGAL_OBLIGATION;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One data subject of the register. Decides on the subject as a whole; its consents and the services it used
 * (bookings included) are members that decide on themselves. Keeps only what decisions need (kind, consents in
 * force, booking states, when the retention period started, whether erased, which optional fields such as the
 * address are on record): names, addresses, contact details and health data live only in the encrypted events.
 * <p>
 * Its snapshot is these fields ({@link SnapshotState}), stored through the crypto-shredding serializer like an event:
 * nothing in it is personal, and a personal field added here would have to be {@code @PersonalData} on this class,
 * where the serializer seals it under the subject's key ({@code CustomerSnapshotTest} holds the members to that).
 * Change the revision whenever the fields change: older snapshots are then passed over and the events read.
 * <p>
 * The one personal field is {@code consentRecipients}, the free text a DISCLOSURE consent names outside the named
 * parties: the decisions need it while the subject is known, and the snapshot seals it under the subject's key.
 */
@Aggregate(snapshotTriggerDefinition = CustomerSnapshotConfiguration.TRIGGER,
        snapshotFilter = CustomerSnapshotConfiguration.FILTER)
@Revision("6")
@SnapshotState
public class Customer {

    @AggregateIdentifier
    @DataSubjectId
    private UUID customerId;
    private CustomerKind kind;
    // in the order given, so the consent a processing rests on is the same one however often the subject is sourced
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<UUID, Consent> consents = new LinkedHashMap<>();
    /**
     * The free-text recipients of the DISCLOSURE consents in force, by consent. Not final: it reads back as null from
     * a snapshot whose key was destroyed, and an erased subject keeps none.
     */
    @PersonalData
    private Map<UUID, String> consentRecipients = new LinkedHashMap<>();
    @AggregateMember
    private final ServiceHistory services = new ServiceHistory();
    /** The subject's access, rectification and erasure requests, open and answered (ids and kinds only). */
    @AggregateMember
    private final SubjectRequests requests = new SubjectRequests();
    /** The recipients of the subject's data, and which are still to be told of a change (GDPR Art. 19). */
    @AggregateMember
    private final RecipientsToTell recipientsToTell = new RecipientsToTell();
    /** The interviews, recommendations, feedback and orders on record, as far as correcting them needs (ids). */
    @AggregateMember
    private final RecordsOnFile records = new RecordsOnFile();
    /** The services the customer uses: what a named party's role depends on ({@link DisclosureNeedsBasis}). */
    private final Set<String> servicesUsed = new HashSet<>();
    /**
     * Which of the fields an entry may lack are on record, never their values ({@link OptionalFields}): whether the
     * customer can still be reached if one is removed, and whether an order can be billed.
     */
    private final Set<CustomerField> optionalFieldsOnRecord = new HashSet<>();
    private boolean erased;

    protected Customer() {
        // for Axon
    }

    @CommandHandler
    Customer(RegisterCustomerCommand command, CustomerGroups groups, EmailRegistry emails, Clock clock) {
        CustomerDetailsRules.requireForRegistration(command, groups, emails);
        apply(new CustomerRegisteredEvent(command.customerId(), command.kind(), command.firstName(), command.lastName(),
                command.companyName(), command.businessId(), command.address(), command.billing(), command.email(),
                command.phone(), command.customerGroup(), command.language(), clock.instant()), of(CONTRACT));
    }

    /**
     * Before every handler, the members' included: an erased subject decides nothing any more, and a booking or
     * consent the subject does not have is refused by name before Axon looks for the member to route to. The one
     * exception: recording that a recipient was told of the erasure (GDPR Art. 19), which comes after it by nature and
     * needs nothing the destroyed key sealed.
     */
    @CommandHandlerInterceptor
    void refuseErasedSubjectOrUnknownMember(Object command) {
        if (erased && !(command instanceof RecordRecipientNotifiedCommand)) {
            throw new CommandRefusedException(Refusal.SUBJECT_ERASED, "This customer was erased from the register.");
        }
        services.requireKnownBooking(command);
        Consent.requireInForce(consents, command);
    }

    @CommandHandler
    void handle(RectifyCustomerCommand command, CustomerGroups groups, EmailRegistry emails, Clock clock) {
        Set<CustomerField> rectified = RectifiedFields.of(command);
        CustomerDetailsRules.requireForRectification(kind, optionalFieldsOnRecord, command, groups, emails);
        apply(new CustomerRectifiedEvent(customerId, rectified, command.firstName(), command.lastName(),
                command.companyName(), command.businessId(), command.address(), command.billing(), command.email(),
                command.phone(), command.customerGroup(), command.language(), clock.instant()), of(LEGAL_OBLIGATION));
    }

    @CommandHandler
    void handle(GiveConsentCommand command, NamedParties parties, Clock clock) {
        NamedParty party = command.recipient() == null ? null : parties.partyNamed(command.recipient()).orElse(null);
        ConsentScope scope = consentsInForce().requireCanGive(command, party);
        apply(new ConsentGivenEvent(customerId, command.consentId(), command.purpose(), command.channel(),
                party == null ? null : party.code(), scope.recipient(), command.evidenceMethod(),
                command.evidenceReference(), command.noticeVersion(), clock.instant()), of(LEGAL_OBLIGATION));
    }

    @CommandHandler
    void handle(RecordInterviewCommand command, CustomerGroups menu, DateOfBirthServices dateOfBirthServices, Clock clock) {
        // the consent is checked first: without it the interview's content is not even looked at
        UUID consentId = consentsInForce().requireHealthDataConsent();
        ServicesOnTheMenu.require(menu, command.services());
        dateOfBirthServices.requireOnlyWhereNeeded(command.services(), command.dateOfBirth(), clock);
        apply(new InterviewRecordedEvent(customerId, command.interviewId(), command.challenges(),
                command.programPreferences(), Set.copyOf(command.services()), command.dateOfBirth(), clock.instant()),
                consent(consentId));
    }

    @CommandHandler
    void handle(PlaceOrderCommand command, NamedParties parties, Clock clock) {
        OptionalFields.requireAddressForOrder(optionalFieldsOnRecord);
        Instant now = clock.instant();
        apply(new OrderPlacedEvent(customerId, command.orderId(), command.product(), command.terms(),
                command.deliveryAddress(), now), of(CONTRACT));
        if (NeurosonicOrderConfirmation.isNeededFor(command.product())) {
            apply(NeurosonicOrderConfirmation.disclosure(command, now), of(CONTRACT));
        }
    }

    @CommandHandler
    void handle(DisclosePersonalDataCommand command, NamedParties parties, Clock clock) {
        DisclosureBasis basis = DisclosureBasis.decide(command.recipient(), command.fields(), parties, servicesUsed,
                consentsInForce());
        apply(new PersonalDataDisclosedEvent(customerId, command.disclosureId(), basis.namedPartyCode(), basis.recipient(),
                        EnumSet.copyOf(command.fields()), null, clock.instant()),
                basis.consentId() == null ? of(basis.legalBasis()) : consent(basis.consentId()));
    }

    @CommandHandler
    void handle(RecommendProgramCommand command, Clock clock) {
        // a program chosen for one person, with its rationale, describes that person's wellbeing: health data
        UUID consentId = consentsInForce().requireHealthDataConsent();
        apply(new ProgramRecommendedEvent(customerId, command.recommendationId(), command.program(), command.intensity(),
                command.durationMinutes(), command.rationale(), clock.instant()), consent(consentId));
    }

    @CommandHandler
    void handle(RecordProgramFeedbackCommand command, Clock clock) {
        UUID consentId = consentsInForce().requireHealthDataConsent();
        apply(new ProgramFeedbackRecordedEvent(customerId, command.feedbackId(), command.program(), command.effect(),
                command.rating(), clock.instant()), consent(consentId));
    }

    /**
     * Corrects an interview (issue 12): health data written anew, so only under the HEALTH_DATA consent in force, as
     * the interview itself; the consent is checked before the new content is looked at.
     */
    @CommandHandler
    void handle(RectifyInterviewCommand command, DateOfBirthServices dateOfBirthServices, Clock clock) {
        records.requireInterview(command.interviewId());
        UUID consentId = consentsInForce().requireHealthDataConsent();
        apply(records.rectified(customerId, command, dateOfBirthServices, clock), consent(consentId));
    }

    @CommandHandler
    void handle(RectifyProgramRecommendationCommand command, Clock clock) {
        records.requireRecommendation(command.recommendationId());
        UUID consentId = consentsInForce().requireHealthDataConsent();
        apply(records.rectified(customerId, command, clock), consent(consentId));
    }

    @CommandHandler
    void handle(RectifyProgramFeedbackCommand command, Clock clock) {
        records.requireFeedback(command.feedbackId());
        UUID consentId = consentsInForce().requireHealthDataConsent();
        apply(records.rectified(customerId, command, clock), consent(consentId));
    }

    /** Corrects an order's delivery address: the controller's duty (Art. 16), as the customer's own details. */
    @CommandHandler
    void handle(RectifyDeliveryAddressCommand command, Clock clock) {
        records.requireOrder(command.orderId());
        apply(records.rectified(customerId, command, clock), of(LEGAL_OBLIGATION));
    }

    @CommandHandler
    void handle(EraseSubjectCommand command, RetentionPeriod period, Clock clock) {
        services.requireErasureAllowed(command.reason(), period, clock);
        Instant now = clock.instant();
        // first, while the subject is still known: the erasure answers an open erasure request and closes the others
        requests.closedByErasure(customerId, now);
        apply(new SubjectErasedEvent(customerId, command.reason(), now), of(LEGAL_OBLIGATION));
    }

    @EventSourcingHandler
    void on(CustomerRegisteredEvent event) {
        customerId = event.customerId();
        kind = event.kind();
        optionalFieldsOnRecord.addAll(OptionalFields.givenIn(event));
    }

    @EventSourcingHandler
    void on(CustomerRectifiedEvent event) {
        OptionalFields.rectify(optionalFieldsOnRecord, event);
    }

    @EventSourcingHandler
    void on(ConsentGivenEvent event) {
        consents.put(event.consentId(), new Consent(event));
        if (event.recipient() != null) {
            recipients().put(event.consentId(), event.recipient());
        }
    }

    @EventSourcingHandler
    void on(ConsentWithdrawnEvent event) {
        consents.remove(event.consentId());
        recipients().remove(event.consentId());
    }

    @EventSourcingHandler
    void on(InterviewRecordedEvent event) {
        servicesUsed.addAll(DisclosureNeedsBasis.servicesShownBy(event));
    }

    @EventSourcingHandler
    void on(BookingMadeEvent event) {
        servicesUsed.addAll(DisclosureNeedsBasis.servicesShownBy(event));
    }

    @EventSourcingHandler
    void on(ServiceProvidedEvent event) {
        servicesUsed.addAll(DisclosureNeedsBasis.servicesShownBy(event));
    }

    @EventSourcingHandler
    void on(SubjectErasedEvent event) {
        erased = true;
        consents.clear();
        // nothing personal is left to seal: a snapshot of an erased subject needs no key, which no longer exists
        consentRecipients = null;
    }

    private Map<UUID, String> recipients() {
        if (consentRecipients == null) {
            consentRecipients = new LinkedHashMap<>();
        }
        return consentRecipients;
    }

    private ConsentsInForce consentsInForce() {
        return new ConsentsInForce(consents.values(), recipients());
    }
}
