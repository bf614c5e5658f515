package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestOutcome;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/subject-requests?open=true}: the data protection officer's list of open requests, nearest deadline
 * first, overdue marked by the register's clock; answered ones gone; ids, codes and dates only, an erased subject's
 * included; staff refused.
 */
class SubjectRequestApiTest extends QuerySideHttpTestSupport {

    private static final String OPEN = "/api/subject-requests?open=true";

    @Test
    void listsTheOpenRequestsNearestDeadlineFirst_MarkingTheOverdue_AndLeavingAnsweredOnesOut() throws Exception {
        Instant now = context.getBean(Clock.class).instant();
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Pyytäjä", "Testinen", null, null,
                null, null, "pyytaja@example.invalid", null, "EMFIT_MONITORING", "fi", now), "staff", LegalBasis.CONTRACT);
        UUID overdue = UUID.randomUUID();
        UUID due = UUID.randomUUID();
        UUID answered = UUID.randomUUID();
        Instant longAgo = now.minusSeconds(40L * 86_400);
        events.append(new SubjectRequestReceivedEvent(customerId, due, SubjectRequestKind.RECTIFICATION,
                SubjectRequestChannel.EMAIL, now, now.plusSeconds(30L * 86_400)), "dpo", LegalBasis.LEGAL_OBLIGATION);
        events.append(new SubjectRequestReceivedEvent(customerId, overdue, SubjectRequestKind.ACCESS,
                SubjectRequestChannel.LETTER, longAgo, longAgo.plusSeconds(30L * 86_400)), "dpo", LegalBasis.LEGAL_OBLIGATION);
        events.append(new SubjectRequestReceivedEvent(customerId, answered, SubjectRequestKind.ACCESS,
                SubjectRequestChannel.PHONE, now, now.plusSeconds(86_400)), "dpo", LegalBasis.LEGAL_OBLIGATION);
        events.append(new SubjectRequestAnsweredEvent(customerId, answered, SubjectRequestKind.ACCESS,
                SubjectRequestOutcome.FULFILLED, now), "dpo", LegalBasis.LEGAL_OBLIGATION);
        ProcessorCatchUp.awaitCaughtUp(context, "subject-requests");

        JsonNode list = json.readTree(http.withBasicAuth("dpo", "dpo").getForObject(OPEN, String.class));

        List<String> ids = list.findValuesAsText("requestId");
        assertThat(ids).containsSubsequence(overdue.toString(), due.toString()).doesNotContain(answered.toString());
        JsonNode first = requestOf(list, overdue);
        assertThat(first.path("overdue").asBoolean()).isTrue();
        assertThat(first.path("kind").asText()).isEqualTo("ACCESS");
        assertThat(requestOf(list, due).path("overdue").asBoolean()).isFalse();
        assertThat(list.toString()).doesNotContain("Pyytäjä", "Testinen", "pyytaja@");

        // an erasure the command side did not answer the request by: kept as ids and dates, marked
        protection.keyStore().destroy(customerId);
        events.append(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, now), "dpo",
                LegalBasis.LEGAL_OBLIGATION);
        ProcessorCatchUp.awaitCaughtUp(context, "subject-requests");
        JsonNode afterErasure = json.readTree(http.withBasicAuth("dpo", "dpo").getForObject(OPEN, String.class));
        assertThat(requestOf(afterErasure, overdue).path("subjectErased").asBoolean()).isTrue();
    }

    @Test
    void refusesStaff_AndAnyoneAnonymously_AndAListOfAnsweredRequests() throws Exception {
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity(OPEN, String.class), HttpStatus.FORBIDDEN,
                "forbidden");
        assertProblem(http.getForEntity(OPEN, String.class), HttpStatus.UNAUTHORIZED, "unauthenticated");
        assertProblem(http.withBasicAuth("dpo", "dpo").getForEntity("/api/subject-requests?open=false", String.class),
                HttpStatus.BAD_REQUEST, "invalid-field");
    }

    private static JsonNode requestOf(JsonNode list, UUID requestId) {
        for (JsonNode request : list) {
            if (request.path("requestId").asText().equals(requestId.toString())) {
                return request;
            }
        }
        throw new AssertionError("request not listed");
    }
}
