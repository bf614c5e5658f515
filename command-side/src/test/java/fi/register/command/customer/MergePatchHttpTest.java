package fi.register.command.customer;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.command.CommandSideHttpTestSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rectification as a JSON Merge Patch (RFC 7396) over HTTP: a member set to null clears an optional field, an absent
 * member leaves its field alone, and a required field or the last way to reach the customer is refused by name.
 */
class MergePatchHttpTest extends CommandSideHttpTestSupport {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private static String person(String email, String phone) {
        return """
                {"kind":"PERSON","firstName":"Testi","lastName":"Paikattava",%s%s
                 "customerGroup":"EMFIT_MONITORING","language":"fi"}"""
                .formatted(email == null ? "" : "\"email\":\"" + email + "\",",
                        phone == null ? "" : "\"phone\":\"" + phone + "\",");
    }

    private static String uniqueEmail() {
        return "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    private String register(String body) throws Exception {
        return created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(body),
                "customerId");
    }

    private static MockHttpServletRequestBuilder mergePatch(String id, String body) {
        return patch("/api/customers/" + id).contentType(MERGE_PATCH).content(body);
    }

    private JsonNode lastEventOf(String id) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        return objectMapper.valueToTree(events.get(events.size() - 1).getPayload());
    }

    @Test
    void clearsThePhone_WhenTheCustomerHasAnEmail_NamingOnlyThePhoneInTheEvent() throws Exception {
        String id = register(person(uniqueEmail(), "+358 40 000 0003"));

        as("staff", mergePatch(id, "{\"phone\":null}")).andExpect(status().isNoContent());

        JsonNode rectified = lastEventOf(id);
        assertThat(rectified.get("rectifiedFields")).hasSize(1);
        assertThat(rectified.get("rectifiedFields").get(0).asText()).isEqualTo("PHONE");
        assertThat(rectified.get("phone").isNull()).isTrue();
    }

    @Test
    void keepsTheFieldsAbsentFromThePatch_WhenAnotherIsCorrected() throws Exception {
        String id = register(person(uniqueEmail(), "+358 40 000 0004"));

        as("staff", mergePatch(id, "{\"lastName\":\"Korjattu\"}")).andExpect(status().isNoContent());

        JsonNode rectified = lastEventOf(id);
        assertThat(rectified.get("rectifiedFields")).hasSize(1);
        assertThat(rectified.get("rectifiedFields").get(0).asText()).isEqualTo("LAST_NAME");
    }

    @Test
    void acceptsPlainJsonAsAMergePatchToo() throws Exception {
        String id = register(person(uniqueEmail(), "+358 40 000 0005"));
        as("staff", patch("/api/customers/" + id).contentType(MediaType.APPLICATION_JSON).content("{\"phone\":null}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void refusesClearingTheLastWayToReachTheCustomer_NamingTheField() throws Exception {
        String id = register(person(null, "+358 40 000 0006"));

        expectRefused("staff", mergePatch(id, "{\"phone\":null}"), 400, "invalid-field");
        as("staff", mergePatch(id, "{\"phone\":null}"))
                .andExpect(jsonPath("$.detail").value(containsString("Fix these fields: phone: ")));
    }

    @Test
    void refusesClearingARequiredField_NamingIt() throws Exception {
        String id = register(person(uniqueEmail(), null));

        expectRefused("staff", mergePatch(id, "{\"lastName\":null}"), 400, "invalid-field");
        as("staff", mergePatch(id, "{\"lastName\":null,\"language\":null}"))
                .andExpect(jsonPath("$.detail").value(containsString("language: ")))
                .andExpect(jsonPath("$.detail").value(containsString("lastName: ")));
    }

    @Test
    void refusesAnEmptyPatch_AnUnknownMember_AndAnInvalidValue() throws Exception {
        String id = register(person(uniqueEmail(), null));
        expectRefused("staff", mergePatch(id, "{}"), 400, "nothing-to-rectify");
        expectRefused("staff", mergePatch(id, "{\"remove\":[\"PHONE\"]}"), 400, "unknown-property");
        expectRefused("staff", mergePatch(id, "{\"phone\":\"not a phone\"}"), 400, "invalid-field");
        expectRefused("staff", mergePatch(id, "{\"address\":{\"city\":\"Helsinki\"}}"), 400, "invalid-field");
    }

    @Test
    void refusesAPatchCarryingAPersonalIdentityCode_AsARegistrationIs() throws Exception {
        String id = register(person(uniqueEmail(), null));
        expectRefused("staff", mergePatch(id, "{\"lastName\":\"Testi 131052-308T\"}"), 400, "personal-identity-code");
    }

    @Test
    void freesTheClearedEmailForAnotherCustomer() throws Exception {
        String email = uniqueEmail();
        String first = register(person(email, "+358 40 000 0007"));
        expectRefused("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .content(person(email, null)), 409, "email-taken");

        as("staff", mergePatch(first, "{\"email\":null}")).andExpect(status().isNoContent());

        register(person(email, null));
    }

    @Test
    void refusesAPatchFromARoleThatMayNotRectify() throws Exception {
        String id = register(person(uniqueEmail(), "+358 40 000 0008"));
        as("management", mergePatch(id, "{\"phone\":null}")).andExpect(status().isForbidden());
    }
}
