package fi.register.command.console;

import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The console's service-event form: a service from the menu, an event that service has; refusals next to the field. */
class ServiceEventFormTest extends StaffFormTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Palvelu","lastName":"Lomake","phone":"+358 40 000 0801",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    private static String path(String customerId) {
        return "/console/forms/customers/" + customerId + "/service-events";
    }

    private static Map<String, String> monitorHandedOver() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("service", "EMFIT_MONITORING");
        form.put("eventKind", "DEVICE_HANDED_OVER");
        return form;
    }

    @Test
    void records_WhenTheServiceHasThatEvent() throws Exception {
        String id = registered(CUSTOMER);
        assertThat(asStaff(get(path(id))).getResponse().getStatus()).isEqualTo(200);

        Object event = accepted(id, path(id), monitorHandedOver()).getPayload();

        assertThat(event).isInstanceOf(ServiceProvidedEvent.class);
        assertThat(((ServiceProvidedEvent) event).kind()).isEqualTo(ServiceEventKind.DEVICE_HANDED_OVER);
    }

    @Test
    void rejects_AnEventTheServiceDoesNotHave_NextToTheEvent() throws Exception {
        assertThat(refusalNextTo(refused(path(registered(CUSTOMER)), with(monitorHandedOver(), "eventKind", "ANALYSIS_DELIVERED")), "eventKind"))
                .isEqualTo("This service has no such event: choose another one.");
    }

    @Test
    void rejects_WhenNothingIsChosen_NextToTheFields() throws Exception {
        String page = refused(path(registered(CUSTOMER)), Map.of("service", "", "eventKind", ""));

        assertThat(refusalNextTo(page, "service")).isEqualTo("Choose the service.");
        assertThat(refusalNextTo(page, "eventKind")).isEqualTo("Choose what happened.");
    }

    @Test
    void rejects_AServiceNotOnTheMenu_NextToTheService() throws Exception {
        assertThat(refusalNextTo(refused(path(registered(CUSTOMER)), with(monitorHandedOver(), "service", "NO_SUCH_SERVICE")), "service"))
                .isEqualTo("Choose one of the clinic's services.");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        String id = registered(CUSTOMER);

        provesOnlyStaffMayPost(path(id), monitorHandedOver());
    }
}
