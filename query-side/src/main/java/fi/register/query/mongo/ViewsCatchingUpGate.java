package fi.register.query.mongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.autoconfigure.problem.ProblemDocuments;
import fi.register.autoconfigure.problem.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Answers the reads served from the views with {@code 503 catching-up} (and {@code Retry-After}) until every view has
 * caught up once since the start ({@link ViewsCaughtUp}), instead of a 404 for a customer who exists or a report that
 * is missing half its months. A short catch-up (a kept store, an empty register) is waited out, up to
 * {@code register.projections.catch-up-patience}, so nobody sees the gate on an ordinary start. Reads that go to the
 * event store itself (the compliance replay, the dead letters) pass at once.
 */
class ViewsCatchingUpGate extends OncePerRequestFilter {

    /** The query side's reads from the views, and the console's pages built from them. */
    static final List<String> FROM_THE_VIEWS = List.of("/api/customers/**", "/api/customers", "/api/reports/**",
            "/api/audit/**", "/api/audit", "/console/**");
    private static final AntPathMatcher PATHS = new AntPathMatcher();
    static final long RETRY_AFTER_SECONDS = 2;

    private final ViewsCaughtUp views;
    private final Duration patience;
    private final ObjectMapper objectMapper;

    ViewsCatchingUpGate(ViewsCaughtUp views, Duration patience, ObjectMapper objectMapper) {
        this.views = views;
        this.patience = patience;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (views.reached()) {
            return true; // the one check every read pays once the views are whole
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FROM_THE_VIEWS.stream().noneMatch(pattern -> PATHS.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean whole;
        try {
            whole = views.awaitAtMost(patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            whole = false;
        }
        if (whole) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/console/")) {
            writePage(response);
            return;
        }
        ProblemDocuments.write(objectMapper, response, Refusal.CATCHING_UP,
                "The views are being rebuilt from the event store after a start: ask again shortly "
                        + "(GET /actuator/health/projections shows the progress).");
    }

    /**
     * A person at the console gets a page that reloads itself, in the console's three languages at once: the rebuild
     * runs before the console's own language settings matter, and the page is short.
     */
    private static void writePage(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(CATCHING_UP_PAGE);
    }

    static final String CATCHING_UP_PAGE = """
            <!DOCTYPE html>
            <html lang="fi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%d">
            <title>Rekisteri käynnistyy</title></head><body><main>
            <h1>Rekisteri käynnistyy</h1><p>Tiedot ladataan tapahtumahistoriasta. Sivu päivittyy itsestään.</p>
            <p lang="sv">Registret startar: uppgifterna läses in. Sidan uppdateras av sig själv.</p>
            <p lang="en">The register is starting: its data is being loaded. This page reloads by itself.</p>
            </main></body></html>
            """.formatted(RETRY_AFTER_SECONDS);
}
