package fi.register.command.console;

import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The console's recommendation and feedback forms: health data, so only with the customer's HEALTH_DATA consent in
 * force (refused plainly above the form); numbers that cannot be read refused next to their field.
 */
class RecommendationFormTest extends StaffFormTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Suositus","lastName":"Lomake","phone":"+358 40 000 1101",
             "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""";

    private static String recommendations(String customerId) {
        return "/console/forms/customers/" + customerId + "/recommendations";
    }

    private static String feedback(String customerId) {
        return "/console/forms/customers/" + customerId + "/feedback";
    }

    private static Map<String, String> eveningRelaxation() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("program", "Iltarentoutus");
        form.put("intensity", "kevyt");
        form.put("durationMinutes", "30");
        form.put("rationale", "Univaikeudet");
        return form;
    }

    private static Map<String, String> sleptBetter() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("program", "Iltarentoutus");
        form.put("effect", "Nukkui paremmin");
        form.put("rating", "4");
        return form;
    }

    @Test
    void records_ARecommendation_AndTheFeedbackOnIt_WithTheHealthDataConsentInForce() throws Exception {
        String id = registered(CUSTOMER);
        consentsToHealthData(id);
        assertThat(asStaff(get(recommendations(id))).getResponse().getStatus()).isEqualTo(200);
        assertThat(asStaff(get(feedback(id))).getResponse().getStatus()).isEqualTo(200);

        assertThat(accepted(id, recommendations(id), eveningRelaxation()).getPayload()).isInstanceOf(ProgramRecommendedEvent.class);
        assertThat(accepted(id, feedback(id), sleptBetter()).getPayload()).isInstanceOf(ProgramFeedbackRecordedEvent.class);
    }

    @Test
    void rejects_Both_WithoutTheHealthDataConsent_SayingSoAboveTheForm() throws Exception {
        String id = registered(CUSTOMER);

        assertThat(refusalNextTo(refused(recommendations(id), eveningRelaxation()), "form")).startsWith("Not recorded: this is health data");
        assertThat(refusalNextTo(refused(feedback(id), sleptBetter()), "form")).startsWith("Not recorded: this is health data");
    }

    @Test
    void rejects_ADurationOrRatingOutOfRange_OrUnreadable_NextToIt() throws Exception {
        String id = registered(CUSTOMER);
        consentsToHealthData(id);

        assertThat(refusalNextTo(refused(recommendations(id), with(eveningRelaxation(), "durationMinutes", "puoli tuntia")), "durationMinutes"))
                .isEqualTo("Give the duration as whole minutes, 1–480.");
        assertThat(refusalNextTo(refused(feedback(id), with(sleptBetter(), "rating", "9")), "rating"))
                .isEqualTo("Give a rating from 1 to 5.");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        String id = registered(CUSTOMER);
        consentsToHealthData(id);

        provesOnlyStaffMayPost(recommendations(id), eveningRelaxation());
        provesOnlyStaffMayPost(feedback(id), sleptBetter());
    }
}
