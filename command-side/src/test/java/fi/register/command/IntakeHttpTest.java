package fi.register.command;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Registration takes what the intake really has, over HTTP: a name and a phone, the address only once an order needs
 * it, and every refusal names the field in the problem document.
 */
class IntakeHttpTest extends CommandSideHttpTestSupport {

    static final String BY_PHONE = """
            {"kind":"PERSON","firstName":"Testi","lastName":"Soittaja","phone":"+358 40 000 0002",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";
    private static final String ADDRESS = """
            {"address":{"street":"Testikatu 4","postalCode":"00100","city":"Helsinki","country":"FI"}}""";

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void registersAPersonByPhoneOnly_ThenRefusesTheirOrderUntilStaffAddTheAddress() throws Exception {
        String id = created("staff", json(post("/api/customers"), BY_PHONE), "customerId");
        String order = WellnessServicesHttpTest.order("EMFIT_MONITOR");

        expectRefused("staff", json(post("/api/customers/" + id + "/orders"), order), 409, "address-required");
        as("staff", json(post("/api/customers/" + id + "/orders"), order))
                .andExpect(jsonPath("$.detail").value(containsString("Fix these fields: address: ")))
                .andExpect(jsonPath("$.detail").value(not(containsString("Testikatu"))));

        as("staff", json(put("/api/customers/" + id), ADDRESS)).andExpect(status().isNoContent());
        created("staff", json(post("/api/customers/" + id + "/orders"), order), "orderId");
    }

    @Test
    void refusesARegistrationWithNoWayToReachTheCustomer_NamingBothFields() throws Exception {
        String unreachable = BY_PHONE.replace("\"phone\":\"+358 40 000 0002\",", "");
        expectRefused("staff", json(post("/api/customers"), unreachable), 400, "invalid-field");
        as("staff", json(post("/api/customers"), unreachable))
                .andExpect(jsonPath("$.detail").value(containsString("email: give a phone or an e-mail address")))
                .andExpect(jsonPath("$.detail").value(containsString("phone: give a phone or an e-mail address")));
    }

    @Test
    void refusesACompanyWithoutItsBusinessId_NamingTheField() throws Exception {
        String company = """
                {"kind":"COMPANY","companyName":"Testiyhtiö Oy","phone":"+358 9 000 0000",
                 "customerGroup":"FIRSTBEAT_ANALYSIS","language":"fi"}""";
        expectRefused("staff", json(post("/api/customers"), company), 400, "invalid-field");
        as("staff", json(post("/api/customers"), company))
                .andExpect(jsonPath("$.detail").value("Fix these fields: businessId: a company needs its business id (Y-tunnus)."));
        created("staff", json(post("/api/customers"), company.replace("\"phone\"", "\"businessId\":\"2096006-8\",\"phone\"")),
                "customerId");
    }

    @Test
    void letsStaffAddAnEmailLater_ButNeverRemoveTheLastWayToReachTheCustomer() throws Exception {
        String id = created("staff", json(post("/api/customers"), BY_PHONE), "customerId");
        String email = "t" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        expectRefused("staff", json(put("/api/customers/" + id), "{\"remove\":[\"PHONE\"]}"), 400, "invalid-field");
        as("staff", json(put("/api/customers/" + id), "{\"email\":\"" + email + "\"}")).andExpect(status().isNoContent());
        as("staff", json(put("/api/customers/" + id), "{\"remove\":[\"PHONE\"]}")).andExpect(status().isNoContent());
        expectRefused("staff", json(put("/api/customers/" + id), "{\"remove\":[\"EMAIL\"]}"), 400, "invalid-field");
        expectRefused("staff", json(put("/api/customers/" + id), "{\"remove\":[\"LAST_NAME\"]}"), 400, "invalid-field");
    }

    @Test
    void freesTheRemovedEmailForAnotherCustomer() throws Exception {
        String email = "t" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        String first = created("staff", json(post("/api/customers"), BY_PHONE.replace("\"phone\"",
                "\"email\":\"" + email + "\",\"phone\"")), "customerId");
        String second = BY_PHONE.replace("\"phone\":\"+358 40 000 0002\"", "\"email\":\"" + email + "\"");
        expectRefused("staff", json(post("/api/customers"), second), 409, "email-taken");

        as("staff", json(put("/api/customers/" + first), "{\"remove\":[\"EMAIL\"]}")).andExpect(status().isNoContent());

        created("staff", json(post("/api/customers"), second), "customerId");
    }
}
