package fi.register.query.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the console's tests need one: keeps its cookies, follows no redirect (the tests read them),
 * sends forms as a browser does, and takes the CSRF token from the last page's form as a browser would post it.
 */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrfToken;

    private ConsoleSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    public static ConsoleSession anonymous(String base) {
        return new ConsoleSession(base);
    }

    /** Signed in through the sign-in page with the demo password (the user's name). */
    public static ConsoleSession signedIn(String base, String user) {
        ConsoleSession session = new ConsoleSession(base);
        HttpResponse<String> answer = session.signIn(user, user);
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in failed: " + answer.statusCode());
        }
        return session;
    }

    HttpResponse<String> signIn(String user, String password) {
        get("/login");
        return post("/login", Map.of("username", user, "password", password));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher token = CSRF.matcher(answer.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return answer;
    }

    /** The form with the CSRF token of the last page shown. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            form.put("_csrf", csrfToken);
        }
        return postWithoutToken(path, form);
    }

    HttpResponse<String> postWithoutToken(String path, Map<String, String> form) {
        return send(formPost(path, form));
    }

    /** The form as htmx posts it from the page, as staff type: the same body and token, and {@code HX-Request}. */
    public HttpResponse<String> postAsHtmx(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            form.put("_csrf", csrfToken);
        }
        return send(formPost(path, form).header("HX-Request", "true"));
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the register did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
