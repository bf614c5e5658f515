package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import fi.register.crypto.PersonalDataProtection;
import fi.register.testsupport.AnswerRecorder;
import fi.register.testsupport.DataDirectoryPerClass;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side as a deployable on its embedded default, over real HTTP, with a data directory of its own
 * for each test class (so no class sees another's events or projections).
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QuerySideApplication.CONFIG_NAMES)
// every answer is recorded, so ApiDocumentTest can check the API document against them
@Import(AnswerRecorder.class)
public abstract class QuerySideHttpTestSupport extends DataDirectoryPerClass {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected MongoDatabase projections;
    @Autowired
    protected PersonalDataProtection protection;
    @Autowired
    protected ObjectMapper json;

    /** An RFC 9457 problem document with this status and stable type. */
    protected void assertProblem(ResponseEntity<String> response, HttpStatus status, String type) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("urn:register:problem:" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status.value());
    }

    /**
     * What a problem document says, its {@code instance} left out: that is a random UUID, whose hex digits spell a
     * short refused input ("abc", "1001") often enough to fail a check that the input was not echoed.
     */
    protected String problemText(ResponseEntity<String> response) throws Exception {
        ObjectNode problem = (ObjectNode) json.readTree(response.getBody());
        problem.remove("instance");
        return problem.toString();
    }
}
