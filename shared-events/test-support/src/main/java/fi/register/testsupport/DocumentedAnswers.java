package fi.register.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares the answers the endpoints really gave with what the API document says they answer: every status must be
 * a documented response of its operation, and every problem type must be named there.
 */
public final class DocumentedAnswers {

    private DocumentedAnswers() {
    }

    /** The answers the document does not account for, described without any request content but the path shape. */
    public static List<String> undocumented(ApplicationContext context, JsonNode apiDocument, List<AnswerRecorder.Answer> answers) {
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> undocumented = new ArrayList<>();
        for (AnswerRecorder.Answer answer : answers) {
            Optional<String> pattern = patternOf(mappings, answer);
            if (pattern.isEmpty()) {
                continue; // no endpoint of this application: nothing to document
            }
            JsonNode operation = apiDocument.path("paths").path(pattern.get()).path(answer.method().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                continue; // another application's endpoint in the same JVM
            }
            JsonNode response = operation.path("responses").path(String.valueOf(answer.status()));
            String where = answer.method() + " " + pattern.get() + " answered " + answer.status();
            if (response.isMissingNode()) {
                undocumented.add(where + ", not a documented response");
            } else if (answer.problemType() != null && !response.path("description").asText().contains(answer.problemType())) {
                undocumented.add(where + " " + answer.problemType() + ", not named in its response");
            }
        }
        return undocumented.stream().distinct().sorted().toList();
    }

    private static Optional<String> patternOf(RequestMappingHandlerMapping mappings, AnswerRecorder.Answer answer) {
        MockHttpServletRequest request = new MockHttpServletRequest(answer.method(), answer.path());
        ServletRequestPathUtils.parseAndCache(request);
        try {
            if (mappings.getHandler(request) == null) {
                return Optional.empty();
            }
        } catch (Exception e) {
            return Optional.empty(); // e.g. a method the path does not support: answered by Spring MVC itself
        }
        return Optional.ofNullable((String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
    }
}
