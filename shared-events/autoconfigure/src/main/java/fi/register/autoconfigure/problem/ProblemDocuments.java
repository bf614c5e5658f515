package fi.register.autoconfigure.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

/**
 * The one writer of the register's RFC 9457 problem documents, for controllers and for the filters that answer
 * before any controller runs. The detail says what to fix and never echoes the value sent: it may be personal.
 */
public final class ProblemDocuments {

    private static final Logger log = LoggerFactory.getLogger(ProblemDocuments.class);

    private ProblemDocuments() {
    }

    public static ProblemDetail of(Refusal refusal, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), detail);
        problem.setType(refusal.type());
        problem.setTitle(refusal.status().getReasonPhrase());
        return occurrence(problem);
    }

    /**
     * Names this occurrence by a fresh URN, which the log line of the refusal carries too, so support can match a
     * client's report to the log. Left empty, Spring would fill in the request's path, and a path may be personal.
     */
    static ProblemDetail occurrence(ProblemDetail problem) {
        problem.setInstance(URI.create("urn:uuid:" + UUID.randomUUID()));
        return problem;
    }

    /** The answer of a controller advice; every refusal is logged by its name and occurrence only. */
    public static ResponseEntity<ProblemDetail> answer(Refusal refusal, String detail) {
        ProblemDetail problem = of(refusal, detail);
        log.info("Refused a request: {} ({})", refusal, problem.getInstance());
        return ResponseEntity.status(refusal.status()).body(problem);
    }

    /** How long a client waits before asking again when a database is out of reach. */
    private static final String STORAGE_RETRY_AFTER_SECONDS = "5";
    private static final String STORAGE_UNAVAILABLE = "A database of the register cannot be reached just now. Nothing "
            + "was written: send the request again shortly.";

    /** The answer to a request that failed because a database was out of reach (see {@code StorageUnreachable}). */
    static ResponseEntity<ProblemDetail> storageUnavailable() {
        ProblemDetail problem = of(Refusal.STORAGE_UNAVAILABLE, STORAGE_UNAVAILABLE);
        return ResponseEntity.status(Refusal.STORAGE_UNAVAILABLE.status())
                .header("Retry-After", STORAGE_RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static void writeStorageUnavailable(ObjectMapper objectMapper, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", STORAGE_RETRY_AFTER_SECONDS);
        write(objectMapper, response, Refusal.STORAGE_UNAVAILABLE, STORAGE_UNAVAILABLE);
    }

    /** Writes the problem straight to the response, for a filter or the security chain. */
    public static void write(ObjectMapper objectMapper, HttpServletResponse response, Refusal refusal, String detail)
            throws IOException {
        response.setStatus(refusal.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), of(refusal, detail));
    }
}
