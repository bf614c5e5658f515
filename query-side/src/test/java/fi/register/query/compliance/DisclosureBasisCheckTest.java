package fi.register.query.compliance;

import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static fi.register.events.disclosure.DisclosedField.DATE_OF_BIRTH;
import static fi.register.events.disclosure.DisclosedField.DELIVERY_ADDRESS;
import static fi.register.events.disclosure.DisclosedField.DELIVERY_CONTACT;
import static fi.register.events.disclosure.DisclosedField.EMAIL;
import static fi.register.events.disclosure.DisclosedField.NAME;
import static fi.register.events.disclosure.DisclosedField.ORDER_REFERENCE;
import static fi.register.events.disclosure.DisclosedField.PHONE;
import static fi.register.events.disclosure.DisclosedField.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

class DisclosureBasisCheckTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    final DisclosureBasisCheck check = new DisclosureBasisCheck(Events.PARTIES);

    @Test
    void aNamedPartysFieldsAnOrderConfirmationAndAWrittenConsentAreEachABasis() {
        History history = new History();
        UUID order = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(Events.booked(history.customerId, "FIRSTBEAT_ANALYSIS", T0.plusSeconds(5)), T0.plusSeconds(5),
                        LegalBasis.CONTRACT)
                .add(Events.disclosed(history.customerId, "firstbeat  technologies OY", Set.of(NAME, DATE_OF_BIRTH), null,
                        T0.plusSeconds(10)), T0.plusSeconds(10), LegalBasis.CONTRACT)
                .add(Events.deviceOrder(history.customerId, order, T0.plusSeconds(20)), T0.plusSeconds(20), LegalBasis.CONTRACT)
                .add(Events.disclosed(history.customerId, "Neurosonic Finland Oy",
                        EnumSet.of(NAME, DELIVERY_ADDRESS, DELIVERY_CONTACT, PRODUCT, ORDER_REFERENCE), order,
                        T0.plusSeconds(20)), T0.plusSeconds(20), LegalBasis.CONTRACT)
                .add(Events.consent(history.customerId, consent, ConsentPurpose.DISCLOSURE, "Vakuutus Oy", EvidenceMethod.WRITTEN,
                        T0.plusSeconds(30)), T0.plusSeconds(30), LegalBasis.LEGAL_OBLIGATION)
                .add(Events.disclosed(history.customerId, "Vakuutus Oy", Set.of(NAME, EMAIL, PHONE), null, T0.plusSeconds(40)),
                        T0.plusSeconds(40), LegalBasis.CONSENT, consent);

        history.feed(check, NOW);

        assertThat(check.findings()).isEmpty();
        assertThat(check.checked()).containsEntry(ComplianceRule.DISCLOSURE_WITHOUT_BASIS, 3L);
    }

    @Test
    void DISCLOSURE_WITHOUT_BASIS_aNamedPartyReceivedItsRolesFieldsForACustomerWithoutItsService() {
        History history = new History();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(Events.booked(history.customerId, "NEUROSONIC_TREATMENT", T0.plusSeconds(5)), T0.plusSeconds(5),
                        LegalBasis.CONTRACT)
                .add(Events.disclosed(history.customerId, "Firstbeat Technologies Oy", Set.of(NAME, DATE_OF_BIRTH), null,
                        T0.plusSeconds(10)), T0.plusSeconds(10), LegalBasis.CONTRACT)
                .add(Events.booked(history.customerId, "FIRSTBEAT_ANALYSIS", T0.plusSeconds(20)), T0.plusSeconds(20),
                        LegalBasis.CONTRACT)
                .add(Events.disclosed(history.customerId, "Firstbeat Technologies Oy", Set.of(NAME, DATE_OF_BIRTH), null,
                        T0.plusSeconds(30)), T0.plusSeconds(30), LegalBasis.CONTRACT);

        history.feed(check, NOW);

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.eventSequence()).as("only the one before the analysis was booked").isEqualTo(2);
            assertThat(finding.detail()).contains("FIRSTBEAT_ANALYSIS");
        });
    }

    @Test
    void DISCLOSURE_WITHOUT_BASIS_aNamedPartyReceivedMoreThanItsRoleNeedsOnTheContract() {
        History history = new History();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(Events.disclosed(history.customerId, "Firstbeat Technologies Oy", Set.of(NAME, PHONE), null,
                        T0.plusSeconds(10)), T0.plusSeconds(10), LegalBasis.CONTRACT);

        history.feed(check, NOW);

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.DISCLOSURE_WITHOUT_BASIS);
            assertThat(finding.eventSequence()).isEqualTo(1);
            assertThat(finding.detail()).contains("firstbeat");
        });
    }

    @Test
    void DISCLOSURE_WITHOUT_BASIS_aConsentWithoutWrittenEvidenceOrForAnotherRecipientOrWithdrawn() {
        History history = new History();
        UUID electronic = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(Events.consent(history.customerId, electronic, ConsentPurpose.DISCLOSURE, "Vakuutus Oy",
                        EvidenceMethod.ELECTRONIC, T0), T0, LegalBasis.LEGAL_OBLIGATION)
                .add(Events.consent(history.customerId, other, ConsentPurpose.DISCLOSURE, "Toinen Oy",
                        EvidenceMethod.WRITTEN, T0), T0, LegalBasis.LEGAL_OBLIGATION)
                .add(Events.consent(history.customerId, withdrawn, ConsentPurpose.DISCLOSURE, "Vakuutus Oy",
                        EvidenceMethod.WRITTEN, T0), T0, LegalBasis.LEGAL_OBLIGATION)
                .add(Events.withdrawn(history.customerId, withdrawn, ConsentPurpose.DISCLOSURE, T0), T0,
                        LegalBasis.LEGAL_OBLIGATION)
                .add(Events.disclosed(history.customerId, "Vakuutus Oy", Set.of(NAME), null, T0), T0, LegalBasis.CONSENT, electronic)
                .add(Events.disclosed(history.customerId, "Vakuutus Oy", Set.of(NAME), null, T0), T0, LegalBasis.CONSENT, other)
                .add(Events.disclosed(history.customerId, "Vakuutus Oy", Set.of(NAME), null, T0), T0, LegalBasis.CONSENT, withdrawn)
                .add(Events.disclosed(history.customerId, "Vakuutus Oy", Set.of(NAME), null, T0), T0, LegalBasis.CONTRACT);

        history.feed(check, NOW);

        assertThat(check.findings()).extracting(Finding::eventSequence).containsExactly(5L, 6L, 7L, 8L);
    }

    @Test
    void DISCLOSURE_WITHOUT_BASIS_anOrderConfirmationWithoutADeviceOrderOrWithMoreThanItsFields() {
        History history = new History();
        UUID order = UUID.randomUUID();
        history.add(Events.registered(history.customerId, T0), T0, LegalBasis.CONTRACT)
                .add(Events.disclosed(history.customerId, "Neurosonic Finland Oy", EnumSet.of(NAME, PRODUCT), UUID.randomUUID(),
                        T0), T0, LegalBasis.CONTRACT)
                .add(Events.deviceOrder(history.customerId, order, T0), T0, LegalBasis.CONTRACT)
                .add(Events.disclosed(history.customerId, "Neurosonic Finland Oy", EnumSet.of(NAME, PRODUCT, EMAIL), order,
                        T0), T0, LegalBasis.CONTRACT)
                .add(Events.disclosed(history.customerId, "Neurosonic Finland Oy", EnumSet.of(NAME), null, T0), T0,
                        LegalBasis.CONTRACT);

        history.feed(check, NOW);

        assertThat(check.findings()).extracting(Finding::eventSequence).containsExactly(1L, 3L, 4L);
    }
}
