package fi.register.command.console;

import fi.register.events.order.OrderPlacedEvent;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The console's order form: a product, its terms and a delivery address; the customer's own address (or billing
 * details) on record, as billing needs, else the API's refusal above the form; refusals next to the field.
 */
class OrderFormTest extends StaffFormTestSupport {

    private static final String WITHOUT_ADDRESS = """
            {"kind":"PERSON","firstName":"Tilaus","lastName":"Lomake","phone":"+358 40 000 0901",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";
    private static final String WITH_ADDRESS = """
            {"kind":"PERSON","firstName":"Tilaus","lastName":"Osoitteella","phone":"+358 40 000 0902",
             "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    private static String path(String customerId) {
        return "/console/forms/customers/" + customerId + "/orders";
    }

    private static Map<String, String> monitorRental() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("product", "EMFIT_MONITOR");
        form.put("terms", "RENTAL");
        form.put("street", "Toimituskatu 2");
        form.put("postalCode", "00200");
        form.put("city", "Helsinki");
        form.put("country", "FI");
        return form;
    }

    @Test
    void places_WhenTheCustomerHasAnAddressOnRecord() throws Exception {
        String id = registered(WITH_ADDRESS);
        assertThat(asStaff(get(path(id))).getResponse().getStatus()).isEqualTo(200);

        Object order = accepted(id, path(id), monitorRental()).getPayload();

        assertThat(order).isInstanceOf(OrderPlacedEvent.class);
        assertThat(((OrderPlacedEvent) order).deliveryAddress().street()).isEqualTo("Toimituskatu 2");
    }

    @Test
    void rejects_WhenTheCustomerHasNoAddressOnRecord_SayingHowToAddOne() throws Exception {
        String page = refused(path(registered(WITHOUT_ADDRESS)), monitorRental());

        assertThat(refusalNextTo(page, "form")).startsWith("The customer has no address nor billing details on record");
        assertThat(page).contains("value=\"Toimituskatu 2\"");
    }

    @Test
    void rejects_WhenNoProductIsChosen_OrThePostalCodeIsNone_NextToTheFields() throws Exception {
        String page = refused(path(registered(WITH_ADDRESS)), with(with(monitorRental(), "product", ""), "postalCode", "?"));

        assertThat(refusalNextTo(page, "product")).isEqualTo("Choose the product.");
        assertThat(refusalNextTo(page, "postalCode")).isEqualTo("With an address, give a postal code of 2–10 letters or digits.");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        provesOnlyStaffMayPost(path(registered(WITH_ADDRESS)), monitorRental());
    }
}
