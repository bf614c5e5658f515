package fi.register.command.customer;

import fi.register.command.booking.BookingStartsInTheFuture;
import fi.register.command.booking.Bookings;
import fi.register.command.consent.ConsentsInForce;
import fi.register.command.consent.HealthDataNeedsConsent;
import fi.register.command.disclosure.DisclosureBasis;
import fi.register.command.disclosure.DisclosureNeedsBasis;
import fi.register.autoconfigure.parties.NamedParties;
import fi.register.command.interview.DateOfBirthOnlyWhereNeeded;
import fi.register.command.interview.DateOfBirthServices;
import fi.register.command.order.NeurosonicOrderConfirmation;
import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import fi.register.events.booking.BookServiceCommand;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.booking.CancelBookingCommand;
import fi.register.events.booking.CompleteBookingCommand;
import fi.register.events.booking.RescheduleBookingCommand;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.GiveConsentCommand;
import fi.register.events.consent.WithdrawConsentCommand;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.RectifyCustomerCommand;
import fi.register.events.customer.RegisterCustomerCommand;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.disclosure.DisclosePersonalDataCommand;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.RecordInterviewCommand;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.PlaceOrderCommand;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.recommendation.RecommendProgramCommand;
import fi.register.events.recommendation.RecordProgramFeedbackCommand;
import fi.register.events.service.RecordServiceEventCommand;
import fi.register.events.service.ServiceProvidedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One data subject of the register. Decides on everything about the subject but keeps only what
 * those decisions need (kind, consents in force, booking states, whether erased): names, addresses,
 * contact details and health data live only in the encrypted events.
 */
@Aggregate
public class Customer {

    @AggregateIdentifier
    private UUID customerId;
    private CustomerKind kind;
    private ConsentsInForce consents;
    // initialised here, not on registration, so a subject sourced from a snapshot taken before bookings existed has them
    private final Bookings bookings = new Bookings();
    private boolean erased;

    protected Customer() {
        // for Axon
    }

    @CommandHandler
    Customer(RegisterCustomerCommand command, CustomerGroups groups, EmailRegistry emails, Clock clock) {
        CustomerDetailsRules.requireForKind(command.kind(), command.firstName(), command.lastName(),
                command.companyName(), command.businessId(), command.billing());
        CustomerDetailsRules.requireKnownGroup(groups, command.customerGroup());
        CustomerDetailsRules.requireUnusedEmail(emails, command.email(), command.customerId());
        apply(new CustomerRegisteredEvent(command.customerId(), command.kind(), command.firstName(), command.lastName(),
                        command.companyName(), command.businessId(), command.address(), command.billing(),
                        command.email(), command.phone(), command.customerGroup(), command.language(), clock.instant()),
                basis(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(RectifyCustomerCommand command, CustomerGroups groups, EmailRegistry emails, Clock clock) {
        requireNotErased();
        Set<CustomerField> rectified = rectifiedFields(command);
        if (rectified.isEmpty()) {
            throw new CommandRefusedException(Refusal.NOTHING_TO_RECTIFY, "Send at least one field to correct.");
        }
        CustomerDetailsRules.requireAllowedForKind(kind, command.companyName(), command.businessId());
        CustomerDetailsRules.requireKnownGroup(groups, command.customerGroup());
        CustomerDetailsRules.requireUnusedEmail(emails, command.email(), customerId);
        apply(new CustomerRectifiedEvent(customerId, rectified, command.firstName(), command.lastName(),
                        command.companyName(), command.businessId(), command.address(), command.billing(),
                        command.email(), command.phone(), command.customerGroup(), command.language(), clock.instant()),
                basis(LegalBasis.LEGAL_OBLIGATION));
    }

    @CommandHandler
    void handle(GiveConsentCommand command, Clock clock) {
        requireNotErased();
        consents.requireCanGive(command);
        apply(new ConsentGivenEvent(customerId, command.consentId(), command.purpose(), command.channel(),
                        command.recipient(), command.evidenceMethod(), command.evidenceReference(),
                        command.noticeVersion(), clock.instant()),
                basis(LegalBasis.LEGAL_OBLIGATION));
    }

    @CommandHandler
    void handle(WithdrawConsentCommand command, Clock clock) {
        requireNotErased();
        ConsentPurpose purpose = consents.requireInForce(command.consentId());
        apply(new ConsentWithdrawnEvent(customerId, command.consentId(), purpose, clock.instant()),
                basis(LegalBasis.LEGAL_OBLIGATION));
    }

    // --- wellness services: every decision below is a rule class of its feature; only booking states are kept ---

    @CommandHandler
    void handle(RecordInterviewCommand command, CustomerGroups menu, DateOfBirthServices dateOfBirthServices, Clock clock) {
        requireNotErased();
        // the consent is checked first: without it the interview's content is not even looked at
        UUID consentId = HealthDataNeedsConsent.requireConsentInForce(consents);
        ServicesOnTheMenu.require(menu, command.services());
        DateOfBirthOnlyWhereNeeded.require(dateOfBirthServices, command.services(), command.dateOfBirth(), clock);
        apply(new InterviewRecordedEvent(customerId, command.interviewId(), command.challenges(),
                        command.programPreferences(), Set.copyOf(command.services()), command.dateOfBirth(), clock.instant()),
                consentBasis(consentId));
    }

    @CommandHandler
    void handle(BookServiceCommand command, CustomerGroups menu, Clock clock) {
        requireNotErased();
        ServicesOnTheMenu.require(menu, Collections.singleton(command.service()));
        BookingStartsInTheFuture.require(command.startsAt(), clock);
        if (command.channel() == null) {
            throw new CommandRefusedException(Refusal.INVALID_FIELD, "channel is required: BOOKING_SYSTEM, EMAIL or PHONE.");
        }
        apply(new BookingMadeEvent(customerId, command.bookingId(), command.service(), command.startsAt(),
                command.channel(), clock.instant()), basis(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(RescheduleBookingCommand command, Clock clock) {
        requireNotErased();
        bookings.requireOpen(command.bookingId());
        BookingStartsInTheFuture.require(command.startsAt(), clock);
        apply(new BookingRescheduledEvent(customerId, command.bookingId(), command.startsAt(), clock.instant()),
                basis(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(CancelBookingCommand command, Clock clock) {
        requireNotErased();
        bookings.requireOpen(command.bookingId());
        apply(new BookingCancelledEvent(customerId, command.bookingId(), clock.instant()), basis(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(CompleteBookingCommand command, Clock clock) {
        requireNotErased();
        String service = bookings.requireOpen(command.bookingId());
        apply(new BookingCompletedEvent(customerId, command.bookingId(), service, clock.instant()),
                basis(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(RecordServiceEventCommand command, CustomerGroups menu, Clock clock) {
        requireNotErased();
        ServicesOnTheMenu.require(menu, Collections.singleton(command.service()));
        if (command.kind() == null) {
            throw new CommandRefusedException(Refusal.INVALID_FIELD, "kind is required.");
        }
        apply(new ServiceProvidedEvent(customerId, command.serviceEventId(), command.service(), command.kind(),
                clock.instant()), basis(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(PlaceOrderCommand command, NamedParties parties, Clock clock) {
        requireNotErased();
        if (command.product() == null || command.terms() == null || command.deliveryAddress() == null) {
            throw new CommandRefusedException(Refusal.INVALID_FIELD, "product, terms and deliveryAddress are required.");
        }
        Instant now = clock.instant();
        apply(new OrderPlacedEvent(customerId, command.orderId(), command.product(), command.terms(),
                command.deliveryAddress(), now), basis(LegalBasis.CONTRACT));
        if (NeurosonicOrderConfirmation.isNeededFor(command.product())) {
            apply(NeurosonicOrderConfirmation.disclosure(command, parties, now), basis(LegalBasis.CONTRACT));
        }
    }

    @CommandHandler
    void handle(DisclosePersonalDataCommand command, NamedParties parties, Clock clock) {
        requireNotErased();
        DisclosureBasis basis = DisclosureNeedsBasis.decide(command.recipient(), command.fields(), parties, consents);
        apply(new PersonalDataDisclosedEvent(customerId, command.disclosureId(), basis.recipient(),
                        EnumSet.copyOf(command.fields()), null, clock.instant()),
                basis.consentId() == null ? basis(basis.legalBasis()) : consentBasis(basis.consentId()));
    }

    @CommandHandler
    void handle(RecommendProgramCommand command, Clock clock) {
        requireNotErased();
        apply(new ProgramRecommendedEvent(customerId, command.recommendationId(), command.program(), command.intensity(),
                command.durationMinutes(), command.rationale(), clock.instant()), basis(LegalBasis.CONTRACT));
    }

    @CommandHandler
    void handle(RecordProgramFeedbackCommand command, Clock clock) {
        requireNotErased();
        UUID consentId = HealthDataNeedsConsent.requireConsentInForce(consents);
        apply(new ProgramFeedbackRecordedEvent(customerId, command.feedbackId(), command.program(), command.effect(),
                command.rating(), clock.instant()), consentBasis(consentId));
    }

    @CommandHandler
    void handle(EraseSubjectCommand command, Clock clock) {
        requireNotErased();
        apply(new SubjectErasedEvent(customerId, command.reason(), clock.instant()), basis(LegalBasis.LEGAL_OBLIGATION));
    }

    @EventSourcingHandler
    void on(CustomerRegisteredEvent event) {
        customerId = event.customerId();
        kind = event.kind();
        consents = new ConsentsInForce();
    }

    @EventSourcingHandler
    void on(ConsentGivenEvent event) {
        consents.given(event);
    }

    @EventSourcingHandler
    void on(ConsentWithdrawnEvent event) {
        consents.withdrawn(event.consentId());
    }

    @EventSourcingHandler
    void on(BookingMadeEvent event) {
        bookings.made(event);
    }

    @EventSourcingHandler
    void on(BookingCancelledEvent event) {
        bookings.cancelled(event.bookingId());
    }

    @EventSourcingHandler
    void on(BookingCompletedEvent event) {
        bookings.completed(event.bookingId());
    }

    @EventSourcingHandler
    void on(SubjectErasedEvent event) {
        erased = true;
        consents = new ConsentsInForce();
    }

    private void requireNotErased() {
        if (erased) {
            throw new CommandRefusedException(Refusal.SUBJECT_ERASED, "This customer was erased from the register.");
        }
    }

    private static MetaData basis(LegalBasis basis) {
        return MetaData.with(EventMetadata.LEGAL_BASIS, basis.name());
    }

    /** Processing on a consent names the consent, so the compliance replay can check it was in force at the time. */
    private static MetaData consentBasis(UUID consentId) {
        return basis(LegalBasis.CONSENT).and(EventMetadata.CONSENT_ID, consentId.toString());
    }

    private static Set<CustomerField> rectifiedFields(RectifyCustomerCommand command) {
        Set<CustomerField> fields = EnumSet.noneOf(CustomerField.class);
        addIfPresent(fields, CustomerField.FIRST_NAME, command.firstName());
        addIfPresent(fields, CustomerField.LAST_NAME, command.lastName());
        addIfPresent(fields, CustomerField.COMPANY_NAME, command.companyName());
        addIfPresent(fields, CustomerField.BUSINESS_ID, command.businessId());
        addIfPresent(fields, CustomerField.ADDRESS, command.address());
        addIfPresent(fields, CustomerField.BILLING, command.billing());
        addIfPresent(fields, CustomerField.EMAIL, command.email());
        addIfPresent(fields, CustomerField.PHONE, command.phone());
        addIfPresent(fields, CustomerField.CUSTOMER_GROUP, command.customerGroup());
        addIfPresent(fields, CustomerField.LANGUAGE, command.language());
        return fields;
    }

    private static void addIfPresent(Set<CustomerField> fields, CustomerField field, Object value) {
        if (value != null) {
            fields.add(field);
        }
    }
}
