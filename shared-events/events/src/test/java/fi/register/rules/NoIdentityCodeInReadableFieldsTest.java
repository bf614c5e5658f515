package fi.register.rules;

import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.personal.PersonalData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NoIdentityCodeInReadableFieldsTest {

    /** Made up, with the right check character. */
    static final String CODE = "131052-308T";
    static final Instant AT = Instant.parse("2026-05-04T07:00:00Z");
    private final UUID subject = UUID.randomUUID();

    @Test
    void keeps_WhenTheReadableFieldsHoldIdsCodesAndTimesOnly() {
        assertThat(NoIdentityCodeInReadableFields.fieldsHoldingACode(registered(PersonalData.ERASED, null,
                "EMFIT_MONITORING"))).isEmpty();
    }

    @Test
    void namesTheField_WhenAReadableTextHoldsACode() {
        assertThat(NoIdentityCodeInReadableFields.fieldsHoldingACode(registered(PersonalData.ERASED, null,
                "asiakas " + CODE))).containsExactly("customerGroup");
    }

    @Test
    void namesTheNestedPath_WhenAPersonalFieldWasStoredUnsealed() {
        CustomerRegisteredEvent event = new CustomerRegisteredEvent(subject, CustomerKind.PERSON, null, null, null, null,
                new PostalAddress("Katu " + CODE, "00100", "Helsinki", "FI"), null, null, null, "EMFIT_MONITORING", "fi", AT);

        assertThat(NoIdentityCodeInReadableFields.fieldsHoldingACode(event)).containsExactly("address.street");
    }

    @Test
    void namesTheCollection_WhenOneOfItsElementsHoldsACode() {
        InterviewRecordedEvent interview = new InterviewRecordedEvent(subject, UUID.randomUUID(), null, null,
                Set.of("EMFIT_MONITORING", CODE), null, AT);

        assertThat(NoIdentityCodeInReadableFields.fieldsHoldingACode(interview)).containsExactly("services[]");
    }

    @Test
    void readsAPhoneNumberAsTheScreenDoes_TenDigitsAloneAreAPhoneNumber() {
        // a code's ten digits without its century sign (01.01.1990, 103, check 0), also a mobile number's shape
        String tenDigits = "0101901030";
        assertThat(NoIdentityCodeInReadableFields.fieldsHoldingACode(registered(tenDigits, tenDigits, "X")))
                .containsExactly("lastName");
        assertThat(NoIdentityCodeInReadableFields.fieldsHoldingACode(registered(null, "040 " + CODE, "X")))
                .containsExactly("phone");
    }

    private CustomerRegisteredEvent registered(String lastName, String phone, String group) {
        return new CustomerRegisteredEvent(subject, CustomerKind.PERSON, PersonalData.ERASED, lastName, null, null, null,
                null, null, phone, group, "fi", AT);
    }
}
