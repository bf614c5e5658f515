package fi.register.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.testsupport.AnswerRecorder;
import fi.register.testsupport.DataDirectoryPerClass;
import org.springframework.context.annotation.Import;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command side as a deployable on its embedded default, with a data directory of its own for each test
 * class, and the assertion every refusal must meet: a problem document, and nothing recorded.
 */
@SpringBootTest(classes = CommandSideApplication.class, properties = "spring.config.name=" + CommandSideApplication.CONFIG_NAMES)
// every answer is recorded, so ApiDocumentTest can check the API document against them
@Import(AnswerRecorder.class)
@AutoConfigureMockMvc
public abstract class CommandSideHttpTestSupport extends DataDirectoryPerClass {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected ObjectMapper objectMapper;

    /** The demo users' passwords equal their names. */
    protected ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user)));
    }

    protected long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    protected void expectRefused(String user, MockHttpServletRequestBuilder request, int status, String type) throws Exception {
        long before = storedEvents();
        as(user, request)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:register:problem:" + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(storedEvents()).as("a refused request records nothing").isEqualTo(before);
    }

    /** Sends a request that must answer 201 and returns the new id from the named field. */
    protected String created(String user, MockHttpServletRequestBuilder request, String idField) throws Exception {
        MvcResult result = as(user, request).andExpect(status().isCreated()).andReturn();
        return objectMapper.readTree(result.getResponse().getContentAsString()).get(idField).asText();
    }
}
