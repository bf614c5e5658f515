package fi.register.command;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.testsupport.AnswerRecorder;
import fi.register.testsupport.DocumentedAnswers;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command side's API document says what the endpoints really answer: runs after every other test class of the
 * module and checks each answer their requests received (status and problem type) against the document.
 */
@Order(Integer.MAX_VALUE)
class ApiDocumentTest extends CommandSideHttpTestSupport {

    @Autowired
    ApplicationContext context;

    private JsonNode document() throws Exception {
        return objectMapper.readTree(mvc.perform(get("/v3/api-docs/command-side")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void namesTheRegisterItsVersionAndHttpBasic() throws Exception {
        JsonNode document = document();
        assertThat(document.path("info").path("title").asText()).isEqualTo("Register");
        assertThat(document.path("info").path("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(document.path("security").toString()).contains("basic");
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").path("type")
                .path("enum").toString()).contains("urn:register:problem:email-taken", "urn:register:problem:subject-erased");
    }

    @Test
    void documentsTheSuccessStatusEachEndpointAnswers() throws Exception {
        JsonNode paths = document().path("paths");
        assertThat(paths.path("/api/customers").path("post").path("responses").has("201")).isTrue();
        assertThat(paths.path("/api/customers").path("post").path("responses").has("200")).isFalse();
        assertThat(paths.path("/api/customers/{customerId}").path("put").path("responses").has("204")).isTrue();
        assertThat(paths.path("/api/customers/{customerId}/erasure").path("post").path("responses").has("204")).isTrue();
        assertThat(paths.path("/api/retention/due").path("get").path("responses").has("200")).isTrue();
    }

    @Test
    void documentsEveryAnswerTheEndpointsGave() throws Exception {
        // a few answers of its own, so the check means something when this class runs alone
        UUID id = UUID.fromString(created("staff", post("/api/customers").contentType(MediaType.APPLICATION_JSON)
                .content(CommandSideHttpTest.person("document-" + UUID.randomUUID() + "@example.test")), "customerId"));
        as("staff", put("/api/customers/" + id).contentType(MediaType.APPLICATION_JSON).content("{}"));
        as("staff", post("/api/customers/" + UUID.randomUUID() + "/erasure"));
        as("dpo", post("/api/customers/" + id + "/erasure"));
        as("dpo", post("/api/customers/" + id + "/erasure"));

        assertThat(AnswerRecorder.answers()).hasSizeGreaterThan(4);
        assertThat(DocumentedAnswers.undocumented(context, document(), AnswerRecorder.answers())).isEmpty();
    }
}
