package fi.register.command.customer;

import fi.register.autoconfigure.parties.NamedParties;
import fi.register.command.booking.BookingCalendar;
import fi.register.command.interview.DateOfBirthServices;
import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.EvidenceMethod;
import fi.register.rules.NamedParty;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static fi.register.command.customer.CustomerFixtures.NOW;

/** Settings, consents and matchers the wellness-service aggregate tests share; invented values only. */
public final class ServiceFixtures {

    public static final DateOfBirthServices DATE_OF_BIRTH_SERVICES = new DateOfBirthServices(List.of("FIRSTBEAT_ANALYSIS"));
    public static final NamedParties NAMED_PARTIES = new NamedParties("Neurosonic Finland Oy", "Firstbeat Technologies Oy",
            "Emfit Oy", "Ajanvaraus Oy");

    /** The defaults: two years ahead at most, completable from the start of the booked day in Helsinki. */
    public static final BookingCalendar BOOKING_CALENDAR = new BookingCalendar(null, null, null);

    private ServiceFixtures() {
    }

    /** A fixture with every resource the Customer's handlers may ask for. */
    public static FixtureConfiguration<Customer> fixture() {
        return fixture(NAMED_PARTIES);
    }

    /** With other names for the named parties: the first resource of a type registered is the one injected. */
    public static FixtureConfiguration<Customer> fixture(NamedParties namedParties) {
        FixtureConfiguration<Customer> fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(CustomerFixtures.CLOCK);
        fixture.registerInjectableResource(CustomerFixtures.GROUPS);
        fixture.registerInjectableResource(CustomerFixtures.SERVICE_EVENT_KINDS);
        fixture.registerInjectableResource(CustomerFixtures.RETENTION);
        fixture.registerInjectableResource(CustomerFixtures.REQUEST_DEADLINE);
        fixture.registerInjectableResource(BOOKING_CALENDAR);
        fixture.registerInjectableResource(DATE_OF_BIRTH_SERVICES);
        fixture.registerInjectableResource(namedParties);
        fixture.registerInjectableResource((EmailRegistry) (email, id) -> false);
        // the command bus checks the commands' constraints on dispatch; the fixture, which lets a dispatch failure
        // escape its expectations, checks them just before the handler: a command missing a field never reaches it
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }

    public static ConsentGivenEvent healthDataConsent(UUID customerId, UUID consentId) {
        return new ConsentGivenEvent(customerId, consentId, ConsentPurpose.HEALTH_DATA, null, null, null,
                EvidenceMethod.WRITTEN, "lomake-1", "2018-05", NOW);
    }

    public static ConsentWithdrawnEvent healthDataConsentWithdrawn(UUID customerId, UUID consentId) {
        return new ConsentWithdrawnEvent(customerId, consentId, ConsentPurpose.HEALTH_DATA, NOW);
    }

    /** For a named party by its code, as the aggregate records it; for anyone else by the free text. */
    public static ConsentGivenEvent writtenDisclosureConsent(UUID customerId, UUID consentId, String recipient) {
        String namedParty = NAMED_PARTIES.partyNamed(recipient).map(NamedParty::code).orElse(null);
        return new ConsentGivenEvent(customerId, consentId, ConsentPurpose.DISCLOSURE, null, namedParty,
                namedParty == null ? recipient : null, EvidenceMethod.WRITTEN, "kirje-1", "2018-05", NOW);
    }

    /** An event whose metadata names this legal basis and, for CONSENT, this consent. */
    public static Matcher<EventMessage<?>> withBasis(LegalBasis basis, UUID consentId) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(EventMessage<?> event) {
                return basis.name().equals(event.getMetaData().get(EventMetadata.LEGAL_BASIS))
                        && Objects.equals(consentId == null ? null : consentId.toString(),
                        event.getMetaData().get(EventMetadata.CONSENT_ID));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an event on legal basis " + basis + (consentId == null ? "" : " with its consent id"));
            }
        };
    }
}
