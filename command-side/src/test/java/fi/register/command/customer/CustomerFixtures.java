package fi.register.command.customer;

import fi.register.command.menu.ServiceEventKinds;
import fi.register.events.service.ServiceEventKind;
import java.util.Map;
import java.util.Set;
import fi.register.command.menu.CustomerGroups;
import fi.register.rules.RetentionPeriod;
import fi.register.rules.SubjectRequestAnsweredWithinOneMonth;
import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.customer.RegisterCustomerCommand;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Invented, obviously fake customers for the aggregate tests. */
public final class CustomerFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final CustomerGroups GROUPS = new CustomerGroups(List.of("NEUROSONIC_TREATMENT", "FIRSTBEAT_ANALYSIS"));
    public static final ServiceEventKinds SERVICE_EVENT_KINDS = new ServiceEventKinds(Map.of(
            "NEUROSONIC_TREATMENT", Set.of(ServiceEventKind.TREATMENT_GIVEN),
            "FIRSTBEAT_ANALYSIS", Set.of(ServiceEventKind.ANALYSIS_DELIVERED)));
    public static final PostalAddress ADDRESS = new PostalAddress("Testikatu 1", "00100", "Helsinki", "FI");
    /** The privacy notice's period. */
    public static final RetentionPeriod RETENTION = new RetentionPeriod(Period.ofMonths(24));
    /** GDPR Art. 12(3)'s month, the default. */
    public static final SubjectRequestAnsweredWithinOneMonth REQUEST_DEADLINE =
            new SubjectRequestAnsweredWithinOneMonth(SubjectRequestAnsweredWithinOneMonth.ONE_MONTH);
    public static final BillingDetails E_INVOICE = new BillingDetails(null, "003720960068", "BAWCFI22");

    private CustomerFixtures() {
    }

    public static RegisterCustomerCommand person(UUID customerId) {
        return new RegisterCustomerCommand(customerId, CustomerKind.PERSON, "Testi", "Henkilö", null, null,
                ADDRESS, null, "testi.henkilo@example.test", "+358 40 000 0000", "NEUROSONIC_TREATMENT", "fi");
    }

    /** What a phone call gives: a name and the number, no e-mail address, no street address. */
    public static RegisterCustomerCommand phoneOnlyPerson(UUID customerId) {
        return new RegisterCustomerCommand(customerId, CustomerKind.PERSON, "Testi", "Soittaja", null, null,
                null, null, null, "+358 40 000 0001", "NEUROSONIC_TREATMENT", "fi");
    }

    public static RegisterCustomerCommand company(UUID customerId, String businessId) {
        return new RegisterCustomerCommand(customerId, CustomerKind.COMPANY, "Testi", "Yhteyshenkilö", "Testiyhtiö Oy",
                businessId, ADDRESS, E_INVOICE, "laskut@example.test", null, "FIRSTBEAT_ANALYSIS", "sv");
    }

    public static CustomerRegisteredEvent registered(RegisterCustomerCommand command) {
        return new CustomerRegisteredEvent(command.customerId(), command.kind(), command.firstName(), command.lastName(),
                command.companyName(), command.businessId(), command.address(), command.billing(), command.email(),
                command.phone(), command.customerGroup(), command.language(), NOW);
    }
}
