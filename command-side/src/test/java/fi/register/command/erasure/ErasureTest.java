package fi.register.command.erasure;

import fi.register.command.customer.Customer;
import fi.register.command.customer.CustomerFixtures;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.customer.RectifyCustomerCommand;
import fi.register.events.erasure.EraseSubjectCommand;
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

class ErasureTest {

    private final UUID customerId = UUID.randomUUID();
    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(CustomerFixtures.GROUPS);
        fixture.registerInjectableResource(CustomerFixtures.RETENTION);
        fixture.registerInjectableResource(CustomerFixtures.REQUEST_DEADLINE);
        fixture.registerInjectableResource((fi.register.command.customer.EmailRegistry) (email, id) -> false);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void emits_SubjectErased_WhenDpoErasesOnRequest() {
        fixture.given(registered(person(customerId)))
                .when(new EraseSubjectCommand(customerId, ErasureReason.SUBJECT_REQUEST))
                .expectEvents(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW));
    }

    @Test
    void rejects_WhenSubjectIsErasedTwice() {
        fixture.given(registered(person(customerId)), new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(new EraseSubjectCommand(customerId, ErasureReason.SUBJECT_REQUEST))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }

    @Test
    void rejects_WhenErasedSubjectIsRectified() {
        fixture.given(registered(person(customerId)), new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW))
                .when(new RectifyCustomerCommand(customerId, "Uusi", null, null, null, null, null, null, null, null, null, java.util.Set.of()))
                .expectNoEvents()
                .expectException(refusedFor(Refusal.SUBJECT_ERASED));
    }
}
