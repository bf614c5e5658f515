package fi.register.query.compliance;

import fi.register.events.LegalBasis;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityCodeCheckTest {

    static final Instant AT = Instant.parse("2026-05-04T07:00:00Z");
    /** Made up, with the right check character. */
    static final String CODE = "131052-308T";

    @Test
    void keeps_WhenNoReadableFieldHoldsACode() {
        History history = new History();
        history.add(Events.registered(history.customerId, AT), AT, LegalBasis.CONTRACT)
                .add(service(history.customerId, "EMFIT_MONITORING"), AT, LegalBasis.CONTRACT);
        IdentityCodeCheck check = new IdentityCodeCheck();

        history.feed(check, AT);

        assertThat(check.findings()).isEmpty();
        assertThat(check.checked()).containsEntry(ComplianceRule.PERSONAL_IDENTITY_CODE_STORED, 2L);
    }

    @Test
    void PERSONAL_IDENTITY_CODE_STORED_namesTheEventAndField_NeverTheCode() {
        History history = new History();
        history.add(Events.registered(history.customerId, AT), AT, LegalBasis.CONTRACT)
                .add(service(history.customerId, "EMFIT " + CODE), AT, LegalBasis.CONTRACT);
        IdentityCodeCheck check = new IdentityCodeCheck();

        history.feed(check, AT);

        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(ComplianceRule.PERSONAL_IDENTITY_CODE_STORED);
            assertThat(finding.customerId()).isEqualTo(history.customerId);
            assertThat(finding.eventSequence()).isEqualTo(history.lastSequence());
            assertThat(finding.detail()).contains("ServiceProvidedEvent", "[service]").doesNotContain(CODE);
        });
    }

    private static ServiceProvidedEvent service(UUID customerId, String service) {
        return new ServiceProvidedEvent(customerId, UUID.randomUUID(), service, ServiceEventKind.TREATMENT_GIVEN, AT);
    }
}
