package fi.register.autoconfigure.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container answers when something failed outside Spring MVC's handlers (a filter's error, an
 * unmapped status): a problem document with the status only. It never names the path, the exception or its message.
 * Asked for directly, there is nothing here: 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // a filter's failure (the idempotency records, the read audit) for want of a database: 503, not 500
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && StorageUnreachable.causes(failure)) {
            log.warn("Answered 503 from the error page: a database could not be reached ({})",
                    failure.getClass().getSimpleName());
            return ProblemDocuments.storageUnavailable();
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDocuments.occurrence(ProblemDetail.forStatus(status));
        if (status.is5xxServerError()) {
            log.error("Answered {} ({}) from the error page; the failure itself was logged where it happened",
                    status.value(), problem.getInstance());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
