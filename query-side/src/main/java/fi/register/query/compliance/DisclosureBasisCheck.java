package fi.register.query.compliance;

import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.rules.ConsentScope;
import fi.register.rules.DisclosureConsentIsWritten;
import fi.register.rules.DisclosureNeedsBasis;
import fi.register.rules.NamedParty;
import fi.register.rules.NeurosonicOrderConfirmation;
import fi.register.rules.PartyNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The privacy notice: nothing goes outside the parties the register description names without the customer's written
 * permission, and Neurosonic Finland Oy receives only the order confirmation. Every disclosure must rest on one of:
 * <ul>
 * <li>CONTRACT, an order confirmation: to Neurosonic, for a Neurosonic device order placed before, with at most the
 * confirmation's fields;</li>
 * <li>CONTRACT, to a named party: only the fields its role needs (the table below), no order fields, and only for a
 * customer who used one of the party's services before (chosen in an interview, booked or provided);</li>
 * <li>CONSENT: the subject's DISCLOSURE consent for that recipient, in force, with WRITTEN evidence, named by the
 * metadata; no order fields.</li>
 * </ul>
 * The replay reads with personal data sealed, so for a recipient outside the named parties it checks that the consent
 * is for someone outside them too; that it names the same person is the command side's check, while the key lives.
 * Each part is decided by the rule the command side decides by: {@link DisclosureNeedsBasis}, {@link NamedParty},
 * {@link DisclosureConsentIsWritten} and {@link NeurosonicOrderConfirmation}.
 */
final class DisclosureBasisCheck implements ComplianceCheck {

    private final PartyNames parties;
    private final ConsentLedger consents = new ConsentLedger();
    /** Neurosonic device orders placed so far, with their subject: an order confirmation must follow one. */
    private final Map<UUID, UUID> deviceOrders = new HashMap<>();
    /** The services each subject used so far: a named party's role covers only its own services' customers. */
    private final Map<UUID, Set<String>> servicesUsed = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private long checked;

    DisclosureBasisCheck(PartyNames parties) {
        this.parties = parties;
    }

    @Override
    public void accept(ReplayedEvent event) {
        consents.accept(event);
        Set<String> shown = DisclosureNeedsBasis.servicesShownBy(event.payload());
        if (!shown.isEmpty()) {
            servicesUsed.computeIfAbsent(event.customerId(), subject -> new HashSet<>()).addAll(shown);
        }
        if (event.payload() instanceof OrderPlacedEvent order && NeurosonicOrderConfirmation.isNeededFor(order.product())) {
            deviceOrders.put(order.orderId(), event.customerId());
        } else if (event.payload() instanceof PersonalDataDisclosedEvent disclosure) {
            checked++;
            problem(event, disclosure).ifPresent(detail -> findings.add(new Finding(ComplianceRule.DISCLOSURE_WITHOUT_BASIS,
                    event.customerId(), event.sequence(), event.recordedAt(),
                    "disclosure " + disclosure.disclosureId() + " of " + disclosure.fields() + ": " + detail)));
        }
    }

    private Optional<String> problem(ReplayedEvent event, PersonalDataDisclosedEvent disclosure) {
        Set<DisclosedField> fields = disclosure.fields() == null ? Set.of() : disclosure.fields();
        boolean orderFields = DisclosureNeedsBasis.carriesOrderFields(fields);
        if (LegalBasis.CONTRACT.name().equals(event.legalBasis())) {
            if (disclosure.orderId() != null) {
                return orderConfirmationProblem(event, disclosure, fields);
            }
            Optional<NamedParty> role = Optional.ofNullable(party(disclosure));
            if (role.isEmpty()) {
                return Optional.of("legal basis CONTRACT, but the register description does not name the recipient");
            }
            Set<String> partyServices = parties.servicesOf(role.get());
            if (!DisclosureNeedsBasis.servesTheCustomer(partyServices,
                    servicesUsed.getOrDefault(event.customerId(), Set.of()))) {
                return Optional.of("legal basis CONTRACT, but the " + settingName(role.get()) + " role serves only the "
                        + "customers of " + new TreeSet<>(partyServices) + " and this subject used none of them");
            }
            if (!DisclosureNeedsBasis.contractCovers(role.get(), fields, true)) {
                return Optional.of("legal basis CONTRACT, but the " + settingName(role.get()) + " role receives only "
                        + role.get().fieldsWithoutConsent() + " without written permission");
            }
            return Optional.empty();
        }
        if (LegalBasis.CONSENT.name().equals(event.legalBasis())) {
            if (orderFields) {
                return Optional.of("order fields go out only in an order confirmation");
            }
            Optional<ConsentGivenEvent> consent = consents.inForce(event.customerId(), event.consentId());
            if (consent.isEmpty()) {
                return Optional.of(consents.whyNotInForce(event.consentId()));
            }
            ConsentScope scope = ConsentScope.of(consent.get());
            if (!DisclosureNeedsBasis.isDisclosureConsent(scope)) {
                return Optional.of("consent " + event.consentId() + " is a " + consent.get().purpose() + " consent, not DISCLOSURE");
            }
            if (!DisclosureNeedsBasis.consentNamesRecorded(scope, party(disclosure), disclosure.recipient())) {
                return Optional.of("consent " + event.consentId() + " is for another recipient");
            }
            if (!DisclosureConsentIsWritten.isWritten(consent.get().evidenceMethod())) {
                return Optional.of("consent " + event.consentId() + " has " + consent.get().evidenceMethod()
                        + " evidence, not " + DisclosureConsentIsWritten.REQUIRED_EVIDENCE);
            }
            return Optional.empty();
        }
        return Optional.of("legal basis " + event.legalBasis() + ": a disclosure rests on CONTRACT or CONSENT");
    }

    private Optional<String> orderConfirmationProblem(ReplayedEvent event, PersonalDataDisclosedEvent disclosure,
                                                      Set<DisclosedField> fields) {
        if (!NeurosonicOrderConfirmation.goesTo(disclosure.namedParty())) {
            return Optional.of("an order confirmation goes to the neurosonic role only");
        }
        if (!event.customerId().equals(deviceOrders.get(disclosure.orderId()))) {
            return Optional.of("no Neurosonic device order " + disclosure.orderId() + " of this subject before it");
        }
        if (!NeurosonicOrderConfirmation.holdsOnlyItsFields(fields)) {
            return Optional.of("an order confirmation holds only " + NeurosonicOrderConfirmation.FIELDS);
        }
        return Optional.empty();
    }

    /** The named party a disclosure went to, or null for anyone else (or a code this build does not know). */
    private static NamedParty party(PersonalDataDisclosedEvent disclosure) {
        try {
            return NamedParty.ofCode(disclosure.namedParty());
        } catch (IllegalArgumentException unknownCode) {
            return null;
        }
    }

    /** The role as its setting names it ({@code register.named-parties.booking-system}), as findings always have. */
    private static String settingName(NamedParty party) {
        return party.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Map<ComplianceRule, Long> checked() {
        return Map.of(ComplianceRule.DISCLOSURE_WITHOUT_BASIS, checked);
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }
}
