package fi.register.command.console;

import fi.register.events.interview.InterviewRecordedEvent;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The console's interview form: health data, so only with the customer's HEALTH_DATA consent in force (the refusal
 * said plainly above the form); the date of birth only for the services that need it; refusals next to the field,
 * nothing stored on a refusal.
 */
class InterviewFormTest extends StaffFormTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Haastattelu","lastName":"Lomake","phone":"+358 40 000 0701",
             "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""";

    private static String path(String customerId) {
        return "/console/forms/customers/" + customerId + "/interviews";
    }

    private static Map<String, String> stressAndSleep() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("challenges", "Stressi ja univaikeudet");
        form.put("programPreferences", "Iltaisin");
        form.put("services", "NEUROSONIC_TREATMENT");
        form.put("dateOfBirth", "");
        return form;
    }

    @Test
    void records_WhenTheHealthDataConsentIsInForce_WithTheServicesChosen() throws Exception {
        String id = registered(CUSTOMER);
        consentsToHealthData(id);
        assertThat(asStaff(get(path(id))).getResponse().getStatus()).isEqualTo(200);

        Object interview = accepted(id, path(id), with(with(stressAndSleep(), "services", "NEUROSONIC_TREATMENT,FIRSTBEAT_ANALYSIS"),
                "dateOfBirth", "1980-05-12")).getPayload();

        assertThat(interview).isInstanceOf(InterviewRecordedEvent.class);
        assertThat(((InterviewRecordedEvent) interview).services()).containsExactlyInAnyOrder("NEUROSONIC_TREATMENT", "FIRSTBEAT_ANALYSIS");
    }

    @Test
    void rejects_WithoutTheHealthDataConsent_SayingSoAboveTheForm_AndKeepingWhatWasTyped() throws Exception {
        String page = refused(path(registered(CUSTOMER)), stressAndSleep());

        assertThat(refusalNextTo(page, "form")).startsWith("Not recorded: this is health data, and the customer has no health-data consent");
        assertThat(page).contains("Stressi ja univaikeudet");
    }

    @Test
    void rejects_ADateOfBirth_WhereNoServiceNeedsIt_AndItsAbsence_WhereOneDoes_NextToTheDate() throws Exception {
        String id = registered(CUSTOMER);
        consentsToHealthData(id);

        assertThat(refusalNextTo(refused(path(id), with(stressAndSleep(), "dateOfBirth", "1980-05-12")), "dateOfBirth"))
                .isEqualTo("None of the services chosen needs the date of birth: leave it empty.");
        assertThat(refusalNextTo(refused(path(id), with(stressAndSleep(), "services", "FIRSTBEAT_ANALYSIS")), "dateOfBirth"))
                .isEqualTo("The services chosen need the date of birth: give it.");
        assertThat(refusalNextTo(refused(path(id), with(with(stressAndSleep(), "services", "FIRSTBEAT_ANALYSIS"),
                "dateOfBirth", "1852-01-01")), "dateOfBirth"))
                .isEqualTo("Give the date of birth as a date in the past, from 1900 on.");
    }

    @Test
    void rejects_WhenNoServiceIsChosen_OrNoChallengeGiven_NextToTheFields() throws Exception {
        String id = registered(CUSTOMER);
        consentsToHealthData(id);

        String page = refused(path(id), with(with(stressAndSleep(), "services", ""), "challenges", ""));

        assertThat(refusalNextTo(page, "services")).isEqualTo("Choose at least one service (at most ten).");
        assertThat(refusalNextTo(page, "challenges")).isEqualTo("Describe the challenges (at most 4000 characters).");
    }

    @Test
    void rejects_WhenTheChallengesHoldAPersonalIdentityCode_NeitherStoringNorShowingItBack() throws Exception {
        String id = registered(CUSTOMER);
        consentsToHealthData(id);

        String page = refused(path(id), with(stressAndSleep(), "challenges", "Asiakas 131052-308T kertoo stressistä"));

        assertThat(refusalNextTo(page, "challenges")).startsWith("This looks like a personal identity code");
        assertThat(page).doesNotContain("131052-308T");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        String id = registered(CUSTOMER);
        consentsToHealthData(id);

        provesOnlyStaffMayPost(path(id), stressAndSleep());
    }
}
