package fi.register.command.customer;

import fi.register.command.consent.ConsentsInForce;
import fi.register.command.problem.CommandRefusedException;
import fi.register.command.problem.Refusal;
import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One data subject of the register. Decides on everything about the subject but keeps only what
 * those decisions need (kind, consents in force, whether erased): names, addresses and contact
 * details live only in the encrypted events.
 */
@Aggregate
public class Customer {

    @AggregateIdentifier
    private UUID customerId;
    private CustomerKind kind;
    private ConsentsInForce consents;
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
