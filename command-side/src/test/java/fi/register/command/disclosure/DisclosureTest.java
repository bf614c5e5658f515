package fi.register.command.disclosure;

import fi.register.command.customer.Customer;
import fi.register.command.customer.ServiceFixtures;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.LegalBasis;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.rules.NamedParty;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.disclosure.DisclosePersonalDataCommand;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ViolationMatcher.violates;
import static fi.register.command.customer.ServiceFixtures.healthDataConsent;
import static fi.register.command.customer.ServiceFixtures.withBasis;
import static fi.register.command.customer.ServiceFixtures.writtenDisclosureConsent;

class DisclosureTest {

    private final UUID customerId = UUID.randomUUID();
    private final UUID disclosureId = UUID.randomUUID();
    private final UUID consentId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = ServiceFixtures.fixture();
    }

    private DisclosePersonalDataCommand disclose(String recipient, DisclosedField... fields) {
        return new DisclosePersonalDataCommand(customerId, disclosureId, recipient, Set.of(fields));
    }

    /** To someone outside the named parties: the free text, sealed in the store. */
    private PersonalDataDisclosedEvent disclosed(String recipient, DisclosedField... fields) {
        return new PersonalDataDisclosedEvent(customerId, disclosureId, null, recipient, EnumSet.copyOf(Set.of(fields)),
                null, NOW);
    }

    /** To a named party: its code, no text. */
    private PersonalDataDisclosedEvent disclosedTo(NamedParty party, DisclosedField... fields) {
        return new PersonalDataDisclosedEvent(customerId, disclosureId, party.code(), null, EnumSet.copyOf(Set.of(fields)),
                null, NOW);
    }

    private static BookingMadeEvent booked(UUID customerId, String service) {
        return new BookingMadeEvent(customerId, UUID.randomUUID(), service, NOW.plusSeconds(3600), BookingChannel.PHONE, NOW);
    }

    @Test
    void rejects_WhenRecipientIsNotNamedAndNoWrittenConsentIsInForce() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, UUID.randomUUID()))
                .when(disclose("Esimerkki Oy", DisclosedField.NAME, DisclosedField.EMAIL))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DISCLOSURE_CONSENT_REQUIRED));
    }

    @Test
    void emits_PersonalDataDisclosed_OnTheWrittenConsentForThatRecipient() {
        fixture.given(registered(person(customerId)), writtenDisclosureConsent(customerId, consentId, "Esimerkki Oy"))
                .when(disclose("  esimerkki   OY ", DisclosedField.NAME, DisclosedField.EMAIL))
                .expectEvents(disclosed("esimerkki   OY", DisclosedField.NAME, DisclosedField.EMAIL))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenTheConsentIsForAnotherRecipient() {
        fixture.given(registered(person(customerId)), writtenDisclosureConsent(customerId, consentId, "Toinen Oy"))
                .when(disclose("Esimerkki Oy", DisclosedField.NAME))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DISCLOSURE_CONSENT_REQUIRED));
    }

    @Test
    void rejects_WhenTheDisclosureConsentWasWithdrawn() {
        fixture.given(registered(person(customerId)), writtenDisclosureConsent(customerId, consentId, "Esimerkki Oy"),
                        new ConsentWithdrawnEvent(customerId, consentId, ConsentPurpose.DISCLOSURE, NOW))
                .when(disclose("Esimerkki Oy", DisclosedField.NAME))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DISCLOSURE_CONSENT_REQUIRED));
    }

    @Test
    void emits_PersonalDataDisclosed_OnTheContractToANamedPartyWithinWhatItsRoleNeeds() {
        fixture.given(registered(person(customerId)), booked(customerId, "FIRSTBEAT_ANALYSIS"))
                .when(disclose("firstbeat technologies oy", DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH))
                .expectEvents(disclosedTo(NamedParty.FIRSTBEAT, DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONTRACT, null), Matchers.andNoMore()));
    }

    @Test
    void emits_PersonalDataDisclosed_OnTheContractToFirstbeat_WhenTheInterviewChoseTheAnalysis() {
        fixture.given(registered(person(customerId)), healthDataConsent(customerId, UUID.randomUUID()),
                        new InterviewRecordedEvent(customerId, UUID.randomUUID(), "uni", "rauhallinen",
                                Set.of("FIRSTBEAT_ANALYSIS"), LocalDate.of(1980, 5, 17), NOW))
                .when(disclose("Firstbeat Technologies Oy", DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH))
                .expectEvents(disclosedTo(NamedParty.FIRSTBEAT, DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH));
    }

    @Test
    void rejects_WhenFirstbeatIsSentTheProfileOfACustomerWhoDoesNotUseTheAnalysis() {
        fixture.given(registered(person(customerId)), booked(customerId, "NEUROSONIC_TREATMENT"),
                        new ServiceProvidedEvent(customerId, UUID.randomUUID(), "EMFIT_MONITORING",
                                ServiceEventKind.DEVICE_HANDED_OVER, NOW))
                .when(disclose("Firstbeat Technologies Oy", DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DISCLOSURE_CONSENT_REQUIRED));
    }

    @Test
    void rejects_WhenEmfitIsSentAnythingAboutACustomerWithoutItsService() {
        fixture.given(registered(person(customerId)), booked(customerId, "FIRSTBEAT_ANALYSIS"))
                .when(disclose("Emfit Oy", DisclosedField.NAME))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DISCLOSURE_CONSENT_REQUIRED));
    }

    @Test
    void emits_PersonalDataDisclosed_OnConsent_WhenAPartyWithoutAServiceForTheCustomerIsNamedByAWrittenConsent() {
        fixture.given(registered(person(customerId)),
                        writtenDisclosureConsent(customerId, consentId, "Firstbeat Technologies Oy"))
                .when(disclose("Firstbeat Technologies Oy", DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH))
                .expectEvents(disclosedTo(NamedParty.FIRSTBEAT, DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void emits_PersonalDataDisclosed_OnTheContractToTheBookingSystem_WhichServesEveryCustomer() {
        fixture.given(registered(person(customerId)))
                .when(disclose("Ajanvaraus Oy", DisclosedField.NAME, DisclosedField.PHONE))
                .expectEvents(disclosedTo(NamedParty.BOOKING_SYSTEM, DisclosedField.NAME, DisclosedField.PHONE));
    }

    @Test
    void rejects_WhenANamedPartyIsSentMoreThanItsRoleNeeds() {
        fixture.given(registered(person(customerId)), booked(customerId, "FIRSTBEAT_ANALYSIS"))
                .when(disclose("Firstbeat Technologies Oy", DisclosedField.NAME, DisclosedField.PHONE))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DISCLOSURE_CONSENT_REQUIRED));
    }

    @Test
    void emits_PersonalDataDisclosed_OnConsentWhenANamedPartyIsSentMoreWithWrittenPermission() {
        fixture.given(registered(person(customerId)), writtenDisclosureConsent(customerId, consentId, "Firstbeat Technologies Oy"))
                .when(disclose("Firstbeat Technologies Oy", DisclosedField.NAME, DisclosedField.PHONE))
                .expectEvents(disclosedTo(NamedParty.FIRSTBEAT, DisclosedField.NAME, DisclosedField.PHONE))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.CONSENT, consentId), Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenNeurosonicIsSentAnythingOutsideAnOrderConfirmation() {
        fixture.given(registered(person(customerId)))
                .when(disclose("Neurosonic Finland Oy", DisclosedField.NAME))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.DISCLOSURE_CONSENT_REQUIRED));
    }

    @Test
    void rejects_WhenOrderFieldsAreDisclosedOutsideAnOrderConfirmation() {
        fixture.given(registered(person(customerId)), writtenDisclosureConsent(customerId, consentId, "Esimerkki Oy"))
                .when(disclose("Esimerkki Oy", DisclosedField.NAME, DisclosedField.DELIVERY_ADDRESS))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.FIELD_NOT_DISCLOSABLE));
    }

    @Test
    void rejects_WhenDisclosureNamesNoField() {
        fixture.given(registered(person(customerId)), writtenDisclosureConsent(customerId, consentId, "Esimerkki Oy"))
                .when(disclose("Esimerkki Oy"))
                .expectNoEvents()
                .expectException(violates("fields"));
    }
}
