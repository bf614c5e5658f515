package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.testsupport.AnswerRecorder;
import fi.register.testsupport.DocumentedAnswers;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's API document says what the endpoints really answer: runs after every other test class of the
 * module and checks each answer their requests received (status and problem type) against the document.
 */
@Order(Integer.MAX_VALUE)
class ApiDocumentTest extends QuerySideHttpTestSupport {

    private JsonNode document() throws Exception {
        return json.readTree(http.getForObject("/v3/api-docs/query-side", String.class));
    }

    @Test
    void namesTheRegisterItsVersionAndHttpBasic() throws Exception {
        JsonNode document = document();
        assertThat(document.path("info").path("title").asText()).isEqualTo("Register");
        assertThat(document.path("info").path("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
        JsonNode view = document.path("paths").path("/api/customers/{customerId}").path("get").path("responses");
        assertThat(view.has("200")).isTrue();
        assertThat(view.path("410").path("description").asText()).contains("urn:register:problem:subject-erased");
    }

    @Test
    void documentsEveryAnswerTheEndpointsGave() throws Exception {
        // a few answers of its own, so the check means something when this class runs alone
        TestRestTemplate staff = http.withBasicAuth("staff", "staff");
        staff.getForEntity("/api/customers/" + UUID.randomUUID(), String.class);
        staff.getForEntity("/api/customers/not-an-id", String.class);
        staff.getForEntity("/api/customers/" + UUID.randomUUID() + "/orders/" + UUID.randomUUID() + "/confirmation", String.class);
        http.getForEntity("/api/audit", String.class);

        assertThat(AnswerRecorder.answers()).hasSizeGreaterThan(3);
        assertThat(DocumentedAnswers.undocumented(context, document(), AnswerRecorder.answers())).isEmpty();
    }
}
