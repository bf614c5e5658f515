package fi.register.rules;

import fi.register.events.consent.ConsentPurpose;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.personal.PersonalData;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fi.register.events.disclosure.DisclosedField.ADDRESS;
import static fi.register.events.disclosure.DisclosedField.DATE_OF_BIRTH;
import static fi.register.events.disclosure.DisclosedField.DELIVERY_ADDRESS;
import static fi.register.events.disclosure.DisclosedField.EMAIL;
import static fi.register.events.disclosure.DisclosedField.NAME;
import static fi.register.events.disclosure.DisclosedField.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

class DisclosureNeedsBasisTest {

    private static ConsentScope disclosureTo(String recipient) {
        return new ConsentScope(ConsentPurpose.DISCLOSURE, null, null, recipient);
    }

    private static ConsentScope disclosureTo(NamedParty party) {
        return new ConsentScope(ConsentPurpose.DISCLOSURE, null, party, null);
    }

    @Test
    void allows_WhenANamedPartyReceivesOnTheContractOnlyWhatItsRoleNeeds() {
        assertThat(DisclosureNeedsBasis.contractCovers(NamedParty.FIRSTBEAT, Set.of(NAME, DATE_OF_BIRTH), true)).isTrue();
        assertThat(DisclosureNeedsBasis.contractCovers(NamedParty.EMFIT, Set.of(ADDRESS), true)).isTrue();
    }

    @Test
    void refuses_WhenTheContractWouldCoverMoreThanTheRoleNeeds() {
        assertThat(DisclosureNeedsBasis.contractCovers(NamedParty.FIRSTBEAT, Set.of(NAME, PHONE), true)).isFalse();
        assertThat(DisclosureNeedsBasis.contractCovers(NamedParty.FIRSTBEAT, Set.of(NAME, EMAIL), true))
                .as("FIRSTBEAT's profile is the name and the date of birth").isFalse();
        assertThat(DisclosureNeedsBasis.contractCovers(NamedParty.NEUROSONIC, Set.of(NAME), true))
                .as("Neurosonic receives nothing through a disclosure, only the order confirmation").isFalse();
    }

    @Test
    void refuses_WhenTheNamedPartyHasNoServiceForThisCustomer() {
        assertThat(DisclosureNeedsBasis.servesTheCustomer(Set.of("FIRSTBEAT_ANALYSIS"), Set.of("NEUROSONIC_TREATMENT")))
                .isFalse();
        assertThat(DisclosureNeedsBasis.contractCovers(NamedParty.FIRSTBEAT, Set.of(NAME, DATE_OF_BIRTH), false))
                .isFalse();
    }

    @Test
    void allows_WhenTheCustomerUsesThePartysServiceOrThePartyServesEveryone() {
        assertThat(DisclosureNeedsBasis.servesTheCustomer(Set.of("FIRSTBEAT_ANALYSIS"),
                Set.of("NEUROSONIC_TREATMENT", "FIRSTBEAT_ANALYSIS"))).isTrue();
        assertThat(DisclosureNeedsBasis.servesTheCustomer(Set.of(), Set.of())).as("the booking system").isTrue();
    }

    @Test
    void refuses_WhenOrderFieldsGoOutThroughADisclosure() {
        assertThat(DisclosureNeedsBasis.carriesOrderFields(Set.of(NAME, DELIVERY_ADDRESS))).isTrue();
        assertThat(DisclosureNeedsBasis.carriesOrderFields(EnumSet.of(NAME, EMAIL))).isFalse();
        assertThat(DisclosureNeedsBasis.contractCovers(NamedParty.EMFIT, Set.of(NAME, DELIVERY_ADDRESS), true)).isFalse();
    }

    @Test
    void allows_WhenADisclosureConsentNamesTheRecipientWhateverItsCaseAndSpacing() {
        assertThat(DisclosureNeedsBasis.consentCovers(disclosureTo("Acme Oy"), null, "  acme   OY ")).isTrue();
    }

    @Test
    void allows_WhenADisclosureConsentNamesTheNamedPartyByItsRole() {
        assertThat(DisclosureNeedsBasis.consentCovers(disclosureTo(NamedParty.FIRSTBEAT), NamedParty.FIRSTBEAT, null))
                .isTrue();
        assertThat(DisclosureNeedsBasis.consentCovers(disclosureTo(NamedParty.FIRSTBEAT), NamedParty.EMFIT, null))
                .isFalse();
        assertThat(DisclosureNeedsBasis.consentCovers(disclosureTo(NamedParty.FIRSTBEAT), null, "Acme Oy")).isFalse();
    }

    @Test
    void keeps_TheRecordedCheckToThePartyLevel_WhenTheFreeTextIsSealed() {
        assertThat(DisclosureNeedsBasis.consentNamesRecorded(disclosureTo("Acme Oy"), null, "Other Oy"))
                .as("both readable: the text decides").isFalse();
        assertThat(DisclosureNeedsBasis.consentNamesRecorded(disclosureTo(PersonalData.ERASED), null, PersonalData.ERASED))
                .as("sealed: someone outside the named parties on both sides").isTrue();
        assertThat(DisclosureNeedsBasis.consentNamesRecorded(disclosureTo(PersonalData.ERASED), NamedParty.EMFIT, null))
                .isFalse();
    }

    @Test
    void refuses_WhenTheConsentsRecipientReadsAsErased() {
        assertThat(DisclosureNeedsBasis.consentCovers(disclosureTo(PersonalData.ERASED), null, PersonalData.ERASED))
                .as("erased text names no one").isFalse();
        assertThat(DisclosureNeedsBasis.namesSameParty(disclosureTo(PersonalData.ERASED), null))
                .as("without the key, only that it is someone outside the named parties").isTrue();
    }

    @Test
    void refuses_WhenTheConsentIsForAnotherRecipientOrAnotherPurpose() {
        assertThat(DisclosureNeedsBasis.consentCovers(disclosureTo("Acme Oy"), null, "Other Oy")).isFalse();
        assertThat(DisclosureNeedsBasis.consentCovers(new ConsentScope(ConsentPurpose.HEALTH_DATA, null, null, null),
                null, "Acme Oy")).isFalse();
        assertThat(DisclosureNeedsBasis.isDisclosureConsent(disclosureTo("Acme Oy"))).isTrue();
        assertThat(DisclosureNeedsBasis.namesRecipient(disclosureTo((String) null), null, "Acme Oy")).isFalse();
    }

    @Test
    void allows_WhenAWithdrawnConsentWasGivenAgainOnTheNewConsentForThatRecipient() {
        UUID forOther = UUID.randomUUID();
        UUID regiven = UUID.randomUUID();
        Map<UUID, ConsentScope> inForce = new LinkedHashMap<>();
        inForce.put(forOther, disclosureTo("Other Oy"));
        inForce.put(regiven, disclosureTo("Acme Oy"));

        assertThat(DisclosureNeedsBasis.consentAmong(inForce, null, "Acme Oy")).contains(regiven);
        assertThat(DisclosureNeedsBasis.consentAmong(inForce, null, "Third Oy")).isEmpty();
    }

    @Test
    void allows_WhenTheRolesTableIsTheNoticesOwn() {
        // what each role receives without written permission is the rule both sides apply: a change here is deliberate
        assertThat(NamedParty.NEUROSONIC.fieldsWithoutConsent()).isEmpty();
        assertThat(NamedParty.FIRSTBEAT.fieldsWithoutConsent()).containsExactlyInAnyOrder(NAME, DATE_OF_BIRTH);
        assertThat(NamedParty.EMFIT.fieldsWithoutConsent()).containsExactlyInAnyOrder(NAME, ADDRESS, EMAIL, PHONE);
        assertThat(NamedParty.BOOKING_SYSTEM.fieldsWithoutConsent())
                .containsExactlyInAnyOrder(NAME, EMAIL, PHONE, DisclosedField.LANGUAGE);
        assertThat(NamedParty.sameParty("Neurosonic  finland OY", "Neurosonic Finland Oy")).isTrue();
        assertThat(NamedParty.sameParty(null, "Neurosonic Finland Oy")).isFalse();
    }
}
