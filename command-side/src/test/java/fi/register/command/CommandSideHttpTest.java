package fi.register.command;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.EventMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The command side as a deployable: every endpoint, every refusal, the roles, over HTTP. */
class CommandSideHttpTest extends CommandSideHttpTestSupport {


    @Autowired
    PersonalDataProtection protection;

    static String person(String email) {
        return """
                {"kind":"PERSON","firstName":"Testi","lastName":"Asiakas",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"%s","phone":"+358 40 000 0000","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}
                """.formatted(email);
    }

    static String company(String email, String businessId) {
        return """
                {"kind":"COMPANY","firstName":"Testi","lastName":"Yhteys","companyName":"Testiyhtiö Oy","businessId":"%s",
                 "address":{"street":"Testikatu 2","postalCode":"00700","city":"Helsinki","country":"FI"},
                 "billing":{"eInvoiceAddress":"003720960068","eInvoiceOperator":"BAWCFI22"},
                 "email":"%s","customerGroup":"FIRSTBEAT_ANALYSIS","language":"sv"}
                """.formatted(businessId, email);
    }

    static String uniqueEmail() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }


    UUID register(String body) throws Exception {
        MvcResult result = as("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(objectMapper.readTree(result.getResponse().getContentAsString()).get("customerId").asText());
    }



    MockHttpServletRequestBuilder registration(String body) {
        return post("/api/customers").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void registersPersonAndAnswersItsRandomId() throws Exception {
        long before = storedEvents();
        as("staff", registration(person(uniqueEmail())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/customers/")))
                .andExpect(jsonPath("$.customerId").isString());
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void registersCompanyWithValidBusinessId() throws Exception {
        assertThat(register(company(uniqueEmail(), "2096006-8"))).isNotNull();
    }

    @Test
    void everyEventCarriesActorCorrelationIdAndLegalBasis() throws Exception {
        MvcResult result = as("staff", registration(person(uniqueEmail())).header("X-Correlation-Id", "req-abcdef01"))
                .andExpect(status().isCreated()).andReturn();
        UUID id = UUID.fromString(objectMapper.readTree(result.getResponse().getContentAsString()).get("customerId").asText());
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.toString()).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getMetaData())
                .containsEntry(EventMetadata.ACTOR, "staff")
                .containsEntry(EventMetadata.CORRELATION_ID, "req-abcdef01")
                .containsEntry(EventMetadata.LEGAL_BASIS, "CONTRACT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "131052+308T", "010105A123P", "010105B123P", "010105F123P",
            "131052Y308T", "131052X308T", "131052W308T", "131052V308T", "131052U308T", "010105C123P",
            "010105D123P", "010105E123P", "131052-308X"})
    void refusesPersonalIdentityCodeWithEveryCenturySign(String code) throws Exception {
        String body = person(uniqueEmail()).replace("Testikatu 1", "Testikatu 1 " + code);
        long before = storedEvents();
        MvcResult result = as("staff", registration(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:register:problem:personal-identity-code"))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContain(code);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void refusesPersonalIdentityCodeInAKnownFieldAndInAnUnknownProperty() throws Exception {
        expectRefused("staff", registration(person(uniqueEmail()).replace("\"Testi\"", "\"Testi (hetu 131052-308T)\"")),
                400, "personal-identity-code");
        expectRefused("staff", registration(person(uniqueEmail()).replace("\"Testi\"", "\"Testi\\u0020131052-308T\"")),
                400, "personal-identity-code");
        expectRefused("staff", registration(person(uniqueEmail()).replace("\"language\":\"fi\"",
                "\"language\":\"fi\",\"note\":\"x131052-308Ty\"")), 400, "personal-identity-code");
    }

    @Test
    void refusesUnknownProperty() throws Exception {
        expectRefused("staff", registration(person(uniqueEmail()).replace("\"language\":\"fi\"",
                "\"language\":\"fi\",\"favouriteColour\":\"blue\"")), 400, "unknown-property");
    }

    @Test
    void refusesMissingRequiredField() throws Exception {
        expectRefused("staff", registration(person(uniqueEmail()).replace("\"firstName\":\"Testi\",", "")),
                400, "invalid-field");
    }

    @Test
    void refusesOverLongValue() throws Exception {
        expectRefused("staff", registration(person(uniqueEmail()).replace("Helsinki", "H".repeat(101))),
                400, "invalid-field");
    }

    @Test
    void refusesMalformedBody() throws Exception {
        expectRefused("staff", registration("{\"kind\":\"PERSON\","), 400, "malformed-body");
        expectRefused("staff", registration("[]"), 400, "malformed-body");
    }

    @Test
    void refusesUnknownEnumValueNamingTheChoices() throws Exception {
        expectRefused("staff", registration(person(uniqueEmail()).replace("PERSON", "ROBOT")), 400, "invalid-field");
    }

    @Test
    void refusesWrongCheckDigitInBusinessId() throws Exception {
        expectRefused("staff", registration(company(uniqueEmail(), "2096006-7")), 400, "invalid-business-id");
        expectRefused("staff", registration(company(uniqueEmail(), "20960068")), 400, "invalid-business-id");
    }

    @Test
    void refusesSecondCustomerWithTheSameEmailWithoutEchoingIt() throws Exception {
        String email = uniqueEmail();
        register(person(email));
        long before = storedEvents();
        MvcResult result = as("staff", registration(person(email.toUpperCase())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:register:problem:email-taken"))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContainIgnoringCase(email);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rectifiesOnlyTheFieldsSent() throws Exception {
        UUID id = register(person(uniqueEmail()));
        as("staff", put("/api/customers/" + id).contentType(MediaType.APPLICATION_JSON).content("{\"lastName\":\"Korjattu\"}"))
                .andExpect(status().isNoContent());
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.toString()).asStream().toList();
        JsonNode rectified = objectMapper.valueToTree(events.get(1).getPayload());
        assertThat(rectified.get("rectifiedFields")).hasSize(1);
        assertThat(rectified.get("rectifiedFields").get(0).asText()).isEqualTo("LAST_NAME");
    }

    @Test
    void refusesRectificationThatChangesNothingOrTargetsNobody() throws Exception {
        UUID id = register(person(uniqueEmail()));
        expectRefused("staff", put("/api/customers/" + id).contentType(MediaType.APPLICATION_JSON).content("{}"),
                400, "nothing-to-rectify");
        expectRefused("staff", put("/api/customers/" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lastName\":\"X\"}"), 404, "subject-not-found");
        expectRefused("staff", put("/api/customers/not-a-uuid").contentType(MediaType.APPLICATION_JSON)
                .content("{\"lastName\":\"X\"}"), 400, "invalid-field");
    }

    @Test
    void givesAndWithdrawsConsent() throws Exception {
        UUID id = register(person(uniqueEmail()));
        MvcResult given = as("staff", post("/api/customers/" + id + "/consents").contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"HEALTH_DATA\",\"evidence\":{\"method\":\"WRITTEN\",\"reference\":\"form-77\"},\"noticeVersion\":\"2018-05\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        String consentId = objectMapper.readTree(given.getResponse().getContentAsString()).get("consentId").asText();
        as("staff", delete("/api/customers/" + id + "/consents/" + consentId)).andExpect(status().isNoContent());
        expectRefused("staff", delete("/api/customers/" + id + "/consents/" + consentId), 409, "consent-not-in-force");
    }

    @Test
    void refusesCompanyFieldsOnAPersonAndAGroupOffTheMenu() throws Exception {
        expectRefused("staff", registration(person(uniqueEmail()).replace("\"language\":\"fi\"",
                "\"language\":\"fi\",\"companyName\":\"Testiyhtiö Oy\"")), 400, "field-not-for-kind");
        expectRefused("staff", registration(person(uniqueEmail()).replace("NEUROSONIC_TREATMENT", "TAROT_READING")),
                400, "unknown-customer-group");
    }

    @Test
    void refusesAConsentOfTheWrongShapeAndOneAlreadyInForce() throws Exception {
        UUID id = register(person(uniqueEmail()));
        String health = "{\"purpose\":\"HEALTH_DATA\",\"evidence\":{\"method\":\"WRITTEN\",\"reference\":\"form-78\"},"
                + "\"noticeVersion\":\"2018-05\"}";
        expectRefused("staff", post("/api/customers/" + id + "/consents").contentType(MediaType.APPLICATION_JSON)
                .content(health.replace("\"purpose\":\"HEALTH_DATA\"", "\"purpose\":\"MARKETING\"")), 400, "invalid-consent");
        as("staff", post("/api/customers/" + id + "/consents").contentType(MediaType.APPLICATION_JSON).content(health))
                .andExpect(status().isCreated());
        expectRefused("staff", post("/api/customers/" + id + "/consents").contentType(MediaType.APPLICATION_JSON)
                .content(health), 409, "consent-already-in-force");
    }

    @Test
    void refusesDisclosureConsentWithoutWrittenEvidence() throws Exception {
        UUID id = register(person(uniqueEmail()));
        expectRefused("staff", post("/api/customers/" + id + "/consents").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"DISCLOSURE\",\"recipient\":\"Esimerkki Oy\",\"evidence\":{\"method\":\"ELECTRONIC\",\"reference\":\"mail-1\"},\"noticeVersion\":\"2018-05\"}"),
                400, "written-evidence-required");
    }

    @Test
    void erasureDestroysTheKeyAndRefusesEverythingAfter() throws Exception {
        UUID id = register(person(uniqueEmail()));
        as("dpo", post("/api/customers/" + id + "/erasure")).andExpect(status().isNoContent());
        assertThat(protection.keyStore().isDestroyed(id)).isTrue();
        expectRefused("dpo", post("/api/customers/" + id + "/erasure"), 410, "subject-erased");
        expectRefused("staff", put("/api/customers/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lastName\":\"X\"}"), 410, "subject-erased");
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.toString()).asStream().toList();
        assertThat(events).hasSize(2);
        JsonNode registered = objectMapper.valueToTree(events.get(0).getPayload());
        assertThat(registered.get("firstName").asText()).isEqualTo(fi.register.events.personal.PersonalData.ERASED);
        assertThat(registered.get("customerGroup").asText()).isEqualTo("NEUROSONIC_TREATMENT");
    }

    @Test
    void rolesMatrix() throws Exception {
        UUID id = register(person(uniqueEmail()));
        // staff may not erase; dpo and management may not register, rectify or record consents
        expectRefused("staff", post("/api/customers/" + id + "/erasure"), 403, "forbidden");
        expectRefused("management", post("/api/customers/" + id + "/erasure"), 403, "forbidden");
        for (String user : List.of("dpo", "management")) {
            expectRefused(user, registration(person(uniqueEmail())), 403, "forbidden");
            expectRefused(user, put("/api/customers/" + id).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"lastName\":\"X\"}"), 403, "forbidden");
            expectRefused(user, post("/api/customers/" + id + "/consents").contentType(MediaType.APPLICATION_JSON)
                    .content("{}"), 403, "forbidden");
        }
        long before = storedEvents();
        mvc.perform(registration(person(uniqueEmail()))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:register:problem:unauthenticated"));
        mvc.perform(registration(person(uniqueEmail())).with(httpBasic("staff", "wrong"))).andExpect(status().isUnauthorized());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void healthAnswersWithoutAuthentication() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void publishesItsOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs/command-side")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/customers']").exists());
    }
}
