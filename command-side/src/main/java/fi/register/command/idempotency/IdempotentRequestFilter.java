package fi.register.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.autoconfigure.problem.ProblemDocuments;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.autoconfigure.screen.ReplayedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A POST to the command side with an {@code Idempotency-Key} runs at most once per user and key: sent again, it is
 * answered as the first one was (status, {@code Location}, body) and causes no second command.
 * <p>
 * The whole request runs in one Axon unit of work with the event store's transaction attached, so the command's
 * own unit of work is nested in it: its events, the data keys and the remembered answer are written on one
 * connection and committed together, after the controller answered and before the answer leaves; and the
 * aggregate's lock is held until that commit. The key is claimed first, by inserting its record: a concurrent
 * request with the same key waits on the database's primary key until the first one's transaction ends, then reads
 * its answer (see {@link IdempotencyRecords#claim}). If the database gives up waiting first, the second gets the
 * {@code request-in-progress} problem (409) and may ask again.
 * <p>
 * Only 2xx answers are remembered. A refusal (4xx) or a failure (5xx) rolls everything back, record included: the
 * request changed nothing, so sending it again with the same key is decided afresh against the register as it is
 * then.
 */
class IdempotentRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotentRequestFilter.class);
    static final String REPLAYED = "Idempotent-Replayed";

    private final ObjectMapper objectMapper;
    private final RequestFingerprints fingerprints;
    private final IdempotencyRecords records;
    private final TransactionManager transactionManager;
    private final Predicate<HttpServletRequest> commandSideRequests;

    IdempotentRequestFilter(ObjectMapper objectMapper, RequestFingerprints fingerprints, IdempotencyRecords records,
                            TransactionManager transactionManager, Predicate<HttpServletRequest> commandSideRequests) {
        this.objectMapper = objectMapper;
        this.fingerprints = fingerprints;
        this.records = records;
        this.transactionManager = transactionManager;
        this.commandSideRequests = commandSideRequests;
    }

    /** Without the header, or on anything but a command-side POST, nothing changes. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal user = request.getUserPrincipal();
        if (user == null || !commandSideRequests.test(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<IdempotencyKey> key = IdempotencyKey.parse(request.getHeader(IdempotencyKey.HEADER));
        if (key.isEmpty()) {
            refuse(response, Refusal.INVALID_IDEMPOTENCY_KEY, "Send an Idempotency-Key of 1 to "
                    + IdempotencyKey.MAX_LENGTH + " printable ASCII characters without blanks, such as a UUID.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String keyHash = fingerprints.keyOf(user.getName(), key.get());
        String requestHash = fingerprints.requestOf(request.getMethod(), pathAndQuery(request), body);

        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("idempotent request"));
        unitOfWork.attachTransaction(transactionManager);
        try {
            records.claim(keyHash, requestHash);
        } catch (DuplicateKeyException answeredBefore) {
            unitOfWork.rollback();
            answerAgain(keyHash, requestHash, response);
            return;
        } catch (PessimisticLockingFailureException | QueryTimeoutException stillDeciding) {
            unitOfWork.rollback();
            inProgress(response);
            return;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReplayedBodyRequest(request, body), answer);
        } catch (IOException | ServletException | RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        if (answer.getStatus() / 100 == 2) {
            try {
                records.answer(keyHash, remembered(answer));
                unitOfWork.commit();
            } catch (RuntimeException e) {
                // nothing was committed, so nothing may be acknowledged: the caller gets the failure instead
                if (unitOfWork.isActive()) {
                    unitOfWork.rollback(e);
                }
                answer.resetBuffer();
                response.reset();
                throw e;
            }
        } else {
            unitOfWork.rollback();
        }
        answer.copyBodyToResponse();
    }

    private void answerAgain(String keyHash, String requestHash, HttpServletResponse response) throws IOException {
        Optional<IdempotencyRecords.Remembered> remembered = records.find(keyHash);
        if (remembered.isEmpty()) {
            inProgress(response); // expired and swept between the two statements: rare, and safe to ask again
            return;
        }
        if (!remembered.get().requestHash().equals(requestHash)) {
            refuse(response, Refusal.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was sent with another request "
                    + "(method, path or body): use a new key for a new request.");
            return;
        }
        StoredAnswer stored = remembered.get().answer();
        response.setStatus(stored.status());
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void inProgress(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        refuse(response, Refusal.REQUEST_IN_PROGRESS, "The first request with this Idempotency-Key is still being "
                + "decided: send it again shortly for its answer.");
    }

    private void refuse(HttpServletResponse response, Refusal refusal, String detail) throws IOException {
        log.info("Refused a request: {}", refusal);
        ProblemDocuments.write(objectMapper, response, refusal, detail);
    }

    private static StoredAnswer remembered(ContentCachingResponseWrapper answer) {
        byte[] body = answer.getContentAsByteArray();
        return new StoredAnswer(answer.getStatus(), answer.getHeader(HttpHeaders.LOCATION), answer.getContentType(),
                body.length == 0 ? null : new String(body, StandardCharsets.UTF_8));
    }

    private static String pathAndQuery(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }
}
