package fi.register.command.disclosure;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.customer.Customer;
import fi.register.command.customer.ServiceFixtures;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.disclosure.RecipientChange;
import fi.register.events.disclosure.RecipientNotifiedEvent;
import fi.register.events.disclosure.RecordRecipientNotifiedCommand;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.ADDRESS;
import static fi.register.command.customer.CustomerFixtures.NOW;
import static fi.register.command.customer.CustomerFixtures.person;
import static fi.register.command.customer.CustomerFixtures.registered;
import static fi.register.command.customer.RefusalMatcher.refusedFor;
import static fi.register.command.customer.ServiceFixtures.withBasis;
import static fi.register.command.customer.ViolationMatcher.violates;

/**
 * GDPR Art. 19: a rectification or erasure that reaches data disclosed to a recipient leaves that recipient to be
 * told; the data protection officer records it told (or why that proved impossible), once, and only where a change
 * reached what the recipient received. After the erasure too, when nothing sealed under the key can be read.
 */
class RecipientNotificationTest {

    private final UUID customerId = UUID.randomUUID();
    private final UUID toEmfit = UUID.randomUUID();
    private final UUID toRelative = UUID.randomUUID();
    private final UUID confirmation = UUID.randomUUID();
    private final UUID orderId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = ServiceFixtures.fixture();
    }

    /** Sequence 0 the registration, 1 to Emfit (name, e-mail, phone), 2 a relative's name only (free text, sealed). */
    private Object[] disclosedTwice() {
        return new Object[]{registered(person(customerId)),
                new PersonalDataDisclosedEvent(customerId, toEmfit, "EMFIT", null,
                        EnumSet.of(DisclosedField.NAME, DisclosedField.EMAIL, DisclosedField.PHONE), null, NOW),
                new PersonalDataDisclosedEvent(customerId, toRelative, null, "Testi Sukulainen",
                        EnumSet.of(DisclosedField.NAME), null, NOW)};
    }

    /** Sequence 3: the phone corrected. */
    private CustomerRectifiedEvent phoneRectified() {
        return new CustomerRectifiedEvent(customerId, Set.of(CustomerField.PHONE), null, null, null, null, null, null,
                null, "+358 40 000 0009", null, null, NOW);
    }

    private Object[] with(Object[] history, Object... more) {
        Object[] all = new Object[history.length + more.length];
        System.arraycopy(history, 0, all, 0, history.length);
        System.arraycopy(more, 0, all, history.length, more.length);
        return all;
    }

    @Test
    void emits_RecipientNotified_WithTheDisclosedFieldsTheRectificationReached_AsALegalObligation() {
        fixture.given(with(disclosedTwice(), phoneRectified()))
                .when(new RecordRecipientNotifiedCommand(customerId, toEmfit, 3L, NotificationOutcome.TOLD))
                .expectEvents(new RecipientNotifiedEvent(customerId, toEmfit, "EMFIT", 3, RecipientChange.RECTIFICATION,
                        EnumSet.of(DisclosedField.PHONE), NotificationOutcome.TOLD, NOW))
                .expectEventsMatching(Matchers.exactSequenceOf(withBasis(LegalBasis.LEGAL_OBLIGATION, null),
                        Matchers.andNoMore()));
    }

    @Test
    void rejects_WhenTheChangeReachedNothingTheRecipientReceived() {
        // the relative received the name only; a corrected phone is nothing to tell them
        fixture.given(with(disclosedTwice(), phoneRectified()))
                .when(new RecordRecipientNotifiedCommand(customerId, toRelative, 3L, NotificationOutcome.TOLD))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.NOTHING_TO_TELL));
    }

    @Test
    void rejects_WhenTheChangeNamedIsNoRectificationOrErasure() {
        fixture.given(with(disclosedTwice(), phoneRectified()))
                .when(new RecordRecipientNotifiedCommand(customerId, toEmfit, 1L, NotificationOutcome.TOLD))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.NOTHING_TO_TELL));
    }

    @Test
    void rejects_WhenTheRecipientIsAlreadyRecordedAsTold() {
        fixture.given(with(disclosedTwice(), phoneRectified(), new RecipientNotifiedEvent(customerId, toEmfit, "EMFIT",
                        3, RecipientChange.RECTIFICATION, EnumSet.of(DisclosedField.PHONE), NotificationOutcome.TOLD, NOW)))
                .when(new RecordRecipientNotifiedCommand(customerId, toEmfit, 3L, NotificationOutcome.IMPOSSIBLE))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.RECIPIENT_ALREADY_TOLD));
    }

    @Test
    void rejects_WhenNoOutcomeIsGiven() {
        fixture.given(with(disclosedTwice(), phoneRectified()))
                .when(new RecordRecipientNotifiedCommand(customerId, toEmfit, 3L, null))
                .expectNoEvents()
                .expectException(violates("outcome"));
    }

    @Test
    void emits_RecipientNotified_OfTheErasure_WithEveryFieldDisclosed_AfterTheSubjectWasErased() {
        // sequence 3: the erasure; the subject decides nothing else any more, but this record needs no key
        fixture.given(with(disclosedTwice(), new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW)))
                .when(new RecordRecipientNotifiedCommand(customerId, toRelative, 3L,
                        NotificationOutcome.DISPROPORTIONATE_EFFORT))
                .expectEvents(new RecipientNotifiedEvent(customerId, toRelative, null, 3, RecipientChange.ERASURE,
                        EnumSet.of(DisclosedField.NAME), NotificationOutcome.DISPROPORTIONATE_EFFORT, NOW));
    }

    @Test
    void emits_RecipientNotified_OfACorrectedDeliveryAddress_OnlyForThatOrdersConfirmation() {
        fixture.given(registered(person(customerId)),
                        new PersonalDataDisclosedEvent(customerId, confirmation, "NEUROSONIC", null,
                                EnumSet.of(DisclosedField.NAME, DisclosedField.DELIVERY_ADDRESS), orderId, NOW),
                        new PersonalDataDisclosedEvent(customerId, toEmfit, "EMFIT", null,
                                EnumSet.of(DisclosedField.NAME, DisclosedField.ADDRESS), null, NOW),
                        new DeliveryAddressRectifiedEvent(customerId, orderId, ADDRESS, NOW))
                .when(new RecordRecipientNotifiedCommand(customerId, confirmation, 3L, NotificationOutcome.TOLD))
                .expectEvents(new RecipientNotifiedEvent(customerId, confirmation, "NEUROSONIC", 3,
                        RecipientChange.RECTIFICATION, EnumSet.of(DisclosedField.DELIVERY_ADDRESS),
                        NotificationOutcome.TOLD, NOW));
        fixture.given(registered(person(customerId)),
                        new PersonalDataDisclosedEvent(customerId, toEmfit, "EMFIT", null,
                                EnumSet.of(DisclosedField.NAME, DisclosedField.ADDRESS), null, NOW),
                        new DeliveryAddressRectifiedEvent(customerId, orderId, ADDRESS, NOW))
                .when(new RecordRecipientNotifiedCommand(customerId, toEmfit, 2L, NotificationOutcome.TOLD))
                .expectException(refusedFor(Refusal.NOTHING_TO_TELL));
    }
}
