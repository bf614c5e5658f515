package fi.register.command.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.RectifyCustomerCommand;
import fi.register.events.customer.RegisterCustomerCommand;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.ADDRESS;
import static fi.register.command.customer.CustomerFixtures.CLOCK;
import static fi.register.command.customer.CustomerFixtures.GROUPS;
import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.company;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.phoneOnlyPerson;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ViolationMatcher.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;

class CustomerRegistrationTest {

    private final UUID customerId = UUID.randomUUID();
    private final Set<String> takenEmails = new HashSet<>();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(GROUPS);
        fixture.registerInjectableResource(CustomerFixtures.RETENTION);
        fixture.registerInjectableResource(CustomerFixtures.REQUEST_DEADLINE);
        fixture.registerInjectableResource((EmailRegistry) (email, id) -> takenEmails.contains(email));
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void emits_CustomerRegistered_WhenPersonRegisters() {
        RegisterCustomerCommand command = person(customerId);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(registered(command));
    }

    @Test
    void emits_CustomerRegistered_WithContractAsLegalBasis() {
        fixture.givenNoPriorActivity()
                .when(person(customerId))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        new LegalBasisMatcher(LegalBasis.CONTRACT),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void emits_CustomerRegistered_WhenCompanyHasValidBusinessId() {
        RegisterCustomerCommand command = company(customerId, "2096006-8");
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(registered(command));
    }

    @Test
    void rejects_WhenBusinessIdCheckDigitIsWrong() {
        fixture.givenNoPriorActivity()
                .when(company(customerId, "2096006-7"))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_BUSINESS_ID));
    }

    @Test
    void emits_WhenAPersonIsRegisteredWithAPhoneOnly() {
        RegisterCustomerCommand command = phoneOnlyPerson(customerId);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(registered(command));
    }

    @Test
    void emits_WhenAPersonIsRegisteredWithAnEmailOnly() {
        RegisterCustomerCommand p = person(customerId);
        RegisterCustomerCommand command = new RegisterCustomerCommand(customerId, p.kind(), p.firstName(), p.lastName(),
                null, null, null, null, p.email(), null, p.customerGroup(), p.language());
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(registered(command));
    }

    @Test
    void rejects_WhenNeitherPhoneNorEmailIsGiven() {
        RegisterCustomerCommand p = phoneOnlyPerson(customerId);
        RegisterCustomerCommand unreachable = new RegisterCustomerCommand(customerId, p.kind(), p.firstName(),
                p.lastName(), null, null, ADDRESS, null, null, null, p.customerGroup(), p.language());
        fixture.givenNoPriorActivity()
                .when(unreachable)
                .expectNoEvents()
                .expectException(allOf(refusedFor(Refusal.INVALID_FIELD, "phone"), refusedFor(Refusal.INVALID_FIELD, "email")));
    }

    @Test
    void emits_WhenACompanyIsRegisteredWithItsNameBusinessIdAndPhoneOnly() {
        // no contact person, no address, no billing details yet: an order will ask for the address
        RegisterCustomerCommand command = new RegisterCustomerCommand(customerId, CustomerKind.COMPANY, null, null,
                "Testiyhtiö Oy", "2096006-8", null, null, null, "+358 9 000 0000", "FIRSTBEAT_ANALYSIS", "fi");
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(registered(command));
    }

    @Test
    void rejects_WhenACompanyHasNoBusinessId() {
        RegisterCustomerCommand c = company(customerId, "2096006-8");
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(customerId, c.kind(), c.firstName(), c.lastName(), c.companyName(), null,
                        c.address(), c.billing(), c.email(), c.phone(), c.customerGroup(), c.language()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "businessId"));
    }

    @Test
    void rejects_WhenACompanyHasNoCompanyName() {
        RegisterCustomerCommand c = company(customerId, "2096006-8");
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(customerId, c.kind(), c.firstName(), c.lastName(), " ", c.businessId(),
                        c.address(), c.billing(), c.email(), c.phone(), c.customerGroup(), c.language()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "companyName"));
    }

    @Test
    void rejects_WhenPersonHasNoLastName() {
        RegisterCustomerCommand p = person(customerId);
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(customerId, p.kind(), p.firstName(), " ", null, null, p.address(), null,
                        p.email(), p.phone(), p.customerGroup(), p.language()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "lastName"));
    }

    @Test
    void rejects_WhenPersonHasNoFirstName() {
        RegisterCustomerCommand p = phoneOnlyPerson(customerId);
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(customerId, p.kind(), null, p.lastName(), null, null, null, null,
                        null, p.phone(), p.customerGroup(), p.language()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "firstName"));
    }

    @Test
    void rejects_WhenKindIsMissing() {
        RegisterCustomerCommand p = person(customerId);
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(customerId, null, p.firstName(), p.lastName(), null, null, p.address(),
                        null, p.email(), p.phone(), p.customerGroup(), p.language()))
                .expectNoEvents()
                .expectException(violates("kind"));
    }

    @Test
    void rejects_WhenPersonCarriesCompanyFields() {
        RegisterCustomerCommand p = person(customerId);
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(customerId, p.kind(), p.firstName(), p.lastName(), "Yhtiö Oy",
                        "2096006-8", p.address(), null, p.email(), p.phone(), p.customerGroup(), p.language()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.FIELD_NOT_FOR_KIND));
    }

    @Test
    void rejects_WhenCustomerGroupIsNotConfigured() {
        RegisterCustomerCommand p = person(customerId);
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomerCommand(customerId, p.kind(), p.firstName(), p.lastName(), null, null,
                        p.address(), null, p.email(), p.phone(), "YOGA", p.language()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.UNKNOWN_CUSTOMER_GROUP));
    }

    @Test
    void rejects_WhenEmailBelongsToAnotherCustomer() {
        takenEmails.add(person(customerId).email());
        fixture.givenNoPriorActivity()
                .when(person(customerId))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.EMAIL_TAKEN));
    }

    @Test
    void emits_CustomerRectified_NamingOnlyTheFieldsSent() {
        RegisterCustomerCommand p = person(customerId);
        fixture.given(registered(p))
                .when(new RectifyCustomerCommand(customerId, null, "Korjattu", null, null, null, null,
                        "uusi@example.test", null, null, null, Set.of()))
                .expectEvents(new CustomerRectifiedEvent(customerId, EnumSet.of(CustomerField.LAST_NAME, CustomerField.EMAIL),
                        null, "Korjattu", null, null, null, null, "uusi@example.test", null, null, null, NOW));
    }

    @Test
    void rejects_WhenRectificationSendsNoField() {
        fixture.given(registered(person(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null, Set.of()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.NOTHING_TO_RECTIFY));
    }

    @Test
    void rejects_WhenRectificationGivesPersonABusinessId() {
        fixture.given(registered(person(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, "2096006-8", null, null, null, null, null, null, Set.of()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.FIELD_NOT_FOR_KIND));
    }

    @Test
    void rejects_WhenRectifiedEmailBelongsToAnotherCustomer() {
        takenEmails.add("toisen@example.test");
        fixture.given(registered(person(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, "toisen@example.test",
                        null, null, null, Set.of()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.EMAIL_TAKEN));
    }

    @Test
    void emits_CustomerRectified_WhenAnAddressAndAnEmailAreAddedLater() {
        fixture.given(registered(phoneOnlyPerson(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, ADDRESS, null, "myohemmin@example.test",
                        null, null, null, Set.of()))
                .expectEvents(new CustomerRectifiedEvent(customerId, EnumSet.of(CustomerField.ADDRESS, CustomerField.EMAIL),
                        null, null, null, null, ADDRESS, null, "myohemmin@example.test", null, null, null, NOW));
    }

    @Test
    void emits_CustomerRectified_NamingTheRemovedEmailWithNoValue_WhenAPhoneRemains() {
        fixture.given(registered(person(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null,
                        Set.of(CustomerField.EMAIL)))
                .expectEvents(new CustomerRectifiedEvent(customerId, EnumSet.of(CustomerField.EMAIL),
                        null, null, null, null, null, null, null, null, null, null, NOW));
    }

    @Test
    void rejects_WhenRectificationRemovesTheLastWayToReachTheCustomer() {
        fixture.given(registered(phoneOnlyPerson(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null,
                        Set.of(CustomerField.PHONE)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "phone"));
    }

    @Test
    void rejects_WhenTheEmailIsRemovedAfterThePhoneWas() {
        // the aggregate remembers the earlier removal, not only what was registered
        fixture.given(registered(person(customerId)), new CustomerRectifiedEvent(customerId, EnumSet.of(CustomerField.PHONE),
                        null, null, null, null, null, null, null, null, null, null, NOW))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null,
                        Set.of(CustomerField.EMAIL)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "email"));
    }

    @Test
    void emits_CustomerRectified_WhenThePhoneIsReplacedByAnEmailInOneCorrection() {
        fixture.given(registered(phoneOnlyPerson(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, "uusi@example.test", null,
                        null, null, Set.of(CustomerField.PHONE)))
                .expectEvents(new CustomerRectifiedEvent(customerId, EnumSet.of(CustomerField.EMAIL, CustomerField.PHONE),
                        null, null, null, null, null, null, "uusi@example.test", null, null, null, NOW));
    }

    @Test
    void rejects_WhenRectificationRemovesAName() {
        fixture.given(registered(person(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null,
                        Set.of(CustomerField.LAST_NAME)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "lastName"));
    }

    @Test
    void rejects_WhenRectificationClearsACompanysNameOrBusinessId_NamingEach() {
        fixture.given(registered(company(customerId, "2096006-8")))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null,
                        Set.of(CustomerField.COMPANY_NAME, CustomerField.BUSINESS_ID)))
                .expectNoEvents()
                .expectException(allOf(refusedFor(Refusal.INVALID_FIELD, "companyName"),
                        refusedFor(Refusal.INVALID_FIELD, "businessId")));
    }

    @Test
    void rejects_WhenRectificationClearsTheCustomerGroupOrTheLanguage() {
        fixture.given(registered(person(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null,
                        Set.of(CustomerField.LANGUAGE)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "language"));
    }

    @Test
    void emits_CustomerRectified_NamingTheClearedContactNames_WhenACompanyNoLongerHasAContactPerson() {
        // a company's contact person is optional at the intake, so clearing it is a correction like any other
        fixture.given(registered(company(customerId, "2096006-8")))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null,
                        Set.of(CustomerField.FIRST_NAME, CustomerField.LAST_NAME)))
                .expectEvents(new CustomerRectifiedEvent(customerId, EnumSet.of(CustomerField.FIRST_NAME,
                        CustomerField.LAST_NAME), null, null, null, null, null, null, null, null, null, null, NOW));
    }

    @Test
    void emits_CustomerRectified_ClearingThePhone_WhenTheCustomerHasAnEmail() {
        fixture.given(registered(phoneOnlyPerson(customerId)), new CustomerRectifiedEvent(customerId,
                        EnumSet.of(CustomerField.EMAIL), null, null, null, null, null, null, "lisatty@example.test", null,
                        null, null, NOW))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, null, null, null, null,
                        Set.of(CustomerField.PHONE)))
                .expectEvents(new CustomerRectifiedEvent(customerId, EnumSet.of(CustomerField.PHONE),
                        null, null, null, null, null, null, null, null, null, null, NOW));
    }

    @Test
    void rejects_WhenAFieldIsBothCorrectedAndRemoved() {
        fixture.given(registered(person(customerId)))
                .when(new RectifyCustomerCommand(customerId, null, null, null, null, null, null, "uusi@example.test", null,
                        null, null, Set.of(CustomerField.EMAIL)))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.INVALID_FIELD, "remove"));
    }

    /** Checks the legal basis an event carries in its metadata. */
    static final class LegalBasisMatcher extends org.hamcrest.TypeSafeMatcher<EventMessage<?>> {
        private final LegalBasis expected;

        LegalBasisMatcher(LegalBasis expected) {
            this.expected = expected;
        }

        @Override
        protected boolean matchesSafely(EventMessage<?> event) {
            return expected.name().equals(event.getMetaData().get(EventMetadata.LEGAL_BASIS));
        }

        @Override
        public void describeTo(org.hamcrest.Description description) {
            description.appendText("an event with legal basis " + expected);
        }
    }

    @Test
    void registeredEventHasNoFieldsBeyondTheRegisterDescription() {
        // The privacy notice's list (docs/requirements.md items 1-6, 8) plus the subject id, kind and time: nothing more.
        assertThat(java.util.Arrays.stream(CustomerRegisteredEvent.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("customerId", "kind", "firstName", "lastName", "companyName", "businessId", "address",
                        "billing", "email", "phone", "customerGroup", "language", "registeredAt");
    }
}
