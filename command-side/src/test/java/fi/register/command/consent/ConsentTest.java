package fi.register.command.consent;

import fi.register.command.customer.Customer;
import fi.register.command.customer.CustomerFixtures;
import fi.register.command.customer.ServiceFixtures;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.GiveConsentCommand;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.consent.WithdrawConsentCommand;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.CLOCK;
import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ViolationMatcher.violates;

class ConsentTest {

    private final UUID customerId = UUID.randomUUID();
    private final UUID consentId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(CustomerFixtures.GROUPS);
        fixture.registerInjectableResource(CustomerFixtures.RETENTION);
        fixture.registerInjectableResource(ServiceFixtures.NAMED_PARTIES);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private GiveConsentCommand consent(ConsentPurpose purpose, MarketingChannel channel, String recipient, EvidenceMethod method) {
        return new GiveConsentCommand(customerId, consentId, purpose, channel, recipient, method, "form-77", "2018-05");
    }

    @Test
    void emits_ConsentGivenNamingTheRoleByCode_WhenADisclosureConsentNamesANamedParty() {
        fixture.given(registered(person(customerId)))
                .when(consent(ConsentPurpose.DISCLOSURE, null, " firstbeat technologies OY", EvidenceMethod.WRITTEN))
                .expectEvents(new ConsentGivenEvent(customerId, consentId, ConsentPurpose.DISCLOSURE, null, "FIRSTBEAT",
                        null, EvidenceMethod.WRITTEN, "form-77", "2018-05", NOW));
    }

    private ConsentGivenEvent given(GiveConsentCommand command) {
        // a recipient outside the named parties is kept as free text (sealed in the store), stripped
        return new ConsentGivenEvent(customerId, command.consentId(), command.purpose(), command.channel(), null,
                command.recipient() == null ? null : command.recipient().strip(), command.evidenceMethod(), command.evidenceReference(), command.noticeVersion(), NOW);
    }

    @Test
    void emits_ConsentGiven_WhenHealthDataConsentIsGiven() {
        GiveConsentCommand command = consent(ConsentPurpose.HEALTH_DATA, null, null, EvidenceMethod.IN_PERSON);
        fixture.given(registered(person(customerId)))
                .when(command)
                .expectEvents(given(command));
    }

    @Test
    void emits_ConsentGiven_WhenMarketingConsentNamesChannel() {
        GiveConsentCommand command = consent(ConsentPurpose.MARKETING, MarketingChannel.EMAIL, null, EvidenceMethod.ELECTRONIC);
        fixture.given(registered(person(customerId)))
                .when(command)
                .expectEvents(given(command));
    }

    @Test
    void emits_ConsentGiven_WhenDisclosureConsentIsWritten() {
        GiveConsentCommand command = consent(ConsentPurpose.DISCLOSURE, null, "Esimerkki Oy", EvidenceMethod.WRITTEN);
        fixture.given(registered(person(customerId)))
                .when(command)
                .expectEvents(given(command));
    }

    @Test
    void rejects_WhenDisclosureConsentIsNotWritten() {
        fixture.given(registered(person(customerId)))
                .when(consent(ConsentPurpose.DISCLOSURE, null, "Esimerkki Oy", EvidenceMethod.ELECTRONIC))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.WRITTEN_EVIDENCE_REQUIRED));
    }

    @Test
    void rejects_WhenDisclosureConsentNamesNoRecipient() {
        fixture.given(registered(person(customerId)))
                .when(consent(ConsentPurpose.DISCLOSURE, null, null, EvidenceMethod.WRITTEN))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_CONSENT));
    }

    @Test
    void rejects_WhenMarketingConsentNamesNoChannel() {
        fixture.given(registered(person(customerId)))
                .when(consent(ConsentPurpose.MARKETING, null, null, EvidenceMethod.ELECTRONIC))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_CONSENT));
    }

    @Test
    void rejects_WhenHealthDataConsentNamesChannel() {
        fixture.given(registered(person(customerId)))
                .when(consent(ConsentPurpose.HEALTH_DATA, MarketingChannel.SMS, null, EvidenceMethod.WRITTEN))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_CONSENT));
    }

    @Test
    void rejects_WhenConsentNamesNoNoticeVersion() {
        fixture.given(registered(person(customerId)))
                .when(new GiveConsentCommand(customerId, consentId, ConsentPurpose.HEALTH_DATA, null, null,
                        EvidenceMethod.WRITTEN, "form-77", " "))
                .expectNoEvents()
                .expectException(violates("noticeVersion"));
    }

    @Test
    void rejects_WhenConsentNamesNoPurpose() {
        fixture.given(registered(person(customerId)))
                .when(consent(null, null, null, EvidenceMethod.WRITTEN))
                .expectNoEvents()
                .expectException(violates("purpose"));
    }

    @Test
    void rejects_WhenTheSameConsentIsAlreadyInForce() {
        GiveConsentCommand first = consent(ConsentPurpose.HEALTH_DATA, null, null, EvidenceMethod.WRITTEN);
        fixture.given(registered(person(customerId)), given(first))
                .when(new GiveConsentCommand(customerId, UUID.randomUUID(), ConsentPurpose.HEALTH_DATA, null, null,
                        EvidenceMethod.WRITTEN, "form-78", "2018-05"))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.CONSENT_ALREADY_IN_FORCE));
    }

    @Test
    void emits_ConsentWithdrawn_WhenConsentInForceIsWithdrawn() {
        GiveConsentCommand first = consent(ConsentPurpose.HEALTH_DATA, null, null, EvidenceMethod.WRITTEN);
        fixture.given(registered(person(customerId)), given(first))
                .when(new WithdrawConsentCommand(customerId, consentId))
                .expectEvents(new ConsentWithdrawnEvent(customerId, consentId, ConsentPurpose.HEALTH_DATA, NOW));
    }

    @Test
    void emits_ConsentGiven_WhenConsentIsGivenAgainAfterWithdrawal() {
        GiveConsentCommand first = consent(ConsentPurpose.HEALTH_DATA, null, null, EvidenceMethod.WRITTEN);
        GiveConsentCommand again = new GiveConsentCommand(customerId, UUID.randomUUID(), ConsentPurpose.HEALTH_DATA,
                null, null, EvidenceMethod.WRITTEN, "form-79", "2018-05");
        fixture.given(registered(person(customerId)), given(first),
                        new ConsentWithdrawnEvent(customerId, consentId, ConsentPurpose.HEALTH_DATA, NOW))
                .when(again)
                .expectEvents(given(again));
    }

    @Test
    void rejects_WhenWithdrawingConsentThatIsNotInForce() {
        fixture.given(registered(person(customerId)))
                .when(new WithdrawConsentCommand(customerId, consentId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.CONSENT_NOT_IN_FORCE));
    }

    @Test
    void rejects_WhenConsentIsGivenForErasedSubject() {
        fixture.given(registered(person(customerId)),
                        new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(consent(ConsentPurpose.HEALTH_DATA, null, null, EvidenceMethod.WRITTEN))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }

    // --- each consent in force is a member of the subject's aggregate, deciding its own withdrawal ---

    @Test
    void emits_ConsentWithdrawn_ForTheConsentNamedOnly_WhenSeveralAreInForce() {
        GiveConsentCommand health = consent(ConsentPurpose.HEALTH_DATA, null, null, EvidenceMethod.WRITTEN);
        UUID marketingId = UUID.randomUUID();
        GiveConsentCommand marketing = new GiveConsentCommand(customerId, marketingId, ConsentPurpose.MARKETING,
                MarketingChannel.SMS, null, EvidenceMethod.ELECTRONIC, "form-80", "2018-05");
        fixture.given(registered(person(customerId)), given(health), given(marketing))
                .when(new WithdrawConsentCommand(customerId, marketingId))
                .expectEvents(new ConsentWithdrawnEvent(customerId, marketingId, ConsentPurpose.MARKETING, NOW));
    }

    @Test
    void rejects_WhenWithdrawingConsentAlreadyWithdrawn() {
        GiveConsentCommand first = consent(ConsentPurpose.HEALTH_DATA, null, null, EvidenceMethod.WRITTEN);
        fixture.given(registered(person(customerId)), given(first),
                        new ConsentWithdrawnEvent(customerId, consentId, ConsentPurpose.HEALTH_DATA, NOW))
                .when(new WithdrawConsentCommand(customerId, consentId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.CONSENT_NOT_IN_FORCE));
    }

    @Test
    void rejects_WhenWithdrawingConsentOfAnErasedSubject() {
        GiveConsentCommand first = consent(ConsentPurpose.HEALTH_DATA, null, null, EvidenceMethod.WRITTEN);
        fixture.given(registered(person(customerId)), given(first),
                        new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(new WithdrawConsentCommand(customerId, consentId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }
}
