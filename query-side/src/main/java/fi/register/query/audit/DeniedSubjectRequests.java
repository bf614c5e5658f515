package fi.register.query.audit;

import fi.register.autoconfigure.security.DeniedRequests;
import fi.register.events.EventMetadata;
import fi.register.events.audit.SubjectAccessDeniedEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records a refused request that named a data subject (a path under {@code /api/customers/{customerId}}, or a GET's
 * {@code customerId} parameter, as on the audit trail itself) as a {@link SubjectAccessDeniedEvent} in the event
 * store, committed before the 403 is written, as durable as the reads. A refusal that names no subject is not
 * recorded: it says nothing about anyone's data, and the security log has it. Only the subject's id, the user, the
 * method and the path's shape are kept; the rest of the URL is whatever the caller typed and may hold anything.
 */
@Component
class DeniedSubjectRequests implements DeniedRequests {

    private static final Pattern SUBJECT_PATH = Pattern.compile("^/api/customers/([0-9a-fA-F-]{36})(?:/.*)?$");
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The words of the API's own paths; any other segment is shown as {@code *}. */
    private static final Pattern API_WORD = Pattern.compile("[a-z][a-z-]{0,39}");

    private final EventBus eventStore;
    private final TransactionManager transactionManager;
    private final Clock clock;

    DeniedSubjectRequests(EventBus eventStore, TransactionManager transactionManager, Clock clock) {
        this.eventStore = eventStore;
        this.transactionManager = transactionManager;
        this.clock = clock;
    }

    @Override
    public void record(HttpServletRequest request, String user) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<UUID> subject = subjectOf(path, request);
        if (subject.isEmpty() || user == null) {
            return;
        }
        Instant deniedAt = clock.instant();
        GenericEventMessage<SubjectAccessDeniedEvent> denial = new GenericEventMessage<>(
                IdentifierFactory.getInstance().generateIdentifier(),
                new SubjectAccessDeniedEvent(subject.get(), user, request.getMethod() + " " + shapeOf(path), deniedAt),
                MetaData.with(EventMetadata.ACTOR, user), deniedAt);
        // a transaction of our own, as for the reads: the request thread has none
        transactionManager.executeInTransaction(() -> eventStore.publish(denial));
    }

    private static Optional<UUID> subjectOf(String path, HttpServletRequest request) {
        Matcher inPath = SUBJECT_PATH.matcher(path);
        if (inPath.matches()) {
            return id(inPath.group(1));
        }
        if (HttpMethod.GET.matches(request.getMethod())) {
            String[] named = request.getParameterValues("customerId");
            if (named != null && named.length == 1) {
                return id(named[0]);
            }
        }
        return Optional.empty();
    }

    private static Optional<UUID> id(String text) {
        return ID.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    /** {@code /api/customers/{id}/orders/{id}/confirmation}: ids and the API's words, nothing else the caller typed. */
    static String shapeOf(String path) {
        StringBuilder shape = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            shape.append('/').append(ID.matcher(segment).matches() ? "{id}" : API_WORD.matcher(segment).matches() ? segment : "*");
        }
        return shape.isEmpty() ? "/" : shape.toString();
    }
}
