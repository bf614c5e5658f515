package fi.register.rules;

import fi.register.events.consent.EvidenceMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureConsentIsWrittenTest {

    @Test
    void allows_WhenThePermissionIsWritten() {
        assertThat(DisclosureConsentIsWritten.isWritten(EvidenceMethod.WRITTEN)).isTrue();
    }

    @Test
    void refuses_WhenThePermissionIsElectronicInPersonOrMissing() {
        assertThat(DisclosureConsentIsWritten.isWritten(EvidenceMethod.ELECTRONIC)).isFalse();
        assertThat(DisclosureConsentIsWritten.isWritten(EvidenceMethod.IN_PERSON)).isFalse();
        assertThat(DisclosureConsentIsWritten.isWritten(null)).isFalse();
    }
}
