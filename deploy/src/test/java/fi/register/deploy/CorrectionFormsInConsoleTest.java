package fi.register.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12 in the console, through the register as it runs (one JVM, both sides): staff open an interview's and an
 * order's correction from the card's row, the query side draws it prefilled, the browser posts it to the command side,
 * and the card (the order's form, which is where the delivery address is shown) then reads the corrected value, not
 * the original. A refused correction answers 422 with the refusal beside its field.
 */
class CorrectionFormsInConsoleTest {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*?name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");
    private static final Pattern ACTION = Pattern.compile("<form class=\"command\" action=\"([^\"]+)\"");

    @TempDir
    Path dataDir;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    private String base;

    @Test
    void correctsAnInterviewAndADeliveryAddressFromTheCard_AndTheCardShowsTheCorrections() throws Exception {
        try (RunningRegister register = RunningRegister.start(dataDir)) {
            base = "http://localhost:" + register.port();
            String customer = created(register, "/api/customers", """
                    {"kind":"PERSON","firstName":"Testi","lastName":"Konsolikorjaus","email":"konsolikorjaus@example.test",
                     "address":{"street":"Kotikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                     "customerGroup":"EMFIT_MONITORING","language":"fi"}""", "customerId");
            String api = "/api/customers/" + customer;
            created(register, api + "/consents", """
                    {"purpose":"HEALTH_DATA","evidence":{"method":"WRITTEN","reference":"lomake-1"},"noticeVersion":"2018-05"}""",
                    "consentId");
            String interviewId = created(register, api + "/interviews",
                    "{\"challenges\":\"Alkuperainen-Qwertz\",\"services\":[\"EMFIT_MONITORING\"]}", "interviewId");
            String orderId = created(register, api + "/orders", """
                    {"product":"EMFIT_MONITOR","terms":"RENTAL","deliveryAddress":{"street":"Vanhatie-Asdfg 1",
                     "postalCode":"00100","city":"Helsinki","country":"FI"}}""", "orderId");
            String card = "/console/customers/" + customer;
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(register.send("staff", "GET", api, null)
                    .json().path("orders").size()).isEqualTo(1));
            signIn("staff");
            String interviewForm = card + "/interviews/" + interviewId;
            String orderForm = card + "/orders/" + orderId;
            assertThat(get(card).body()).contains("href=\"" + interviewForm + "\"", "href=\"" + orderForm + "\"");

            HttpResponse<String> refused = post(interviewForm, Map.of("challenges", ""));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"challenges-error\"");

            assertThat(post(interviewForm, Map.of("challenges", "Korjattu-Zxcvb")).headers().firstValue("Location"))
                    .hasValue(card);
            assertThat(post(orderForm, Map.of("street", "Uusitie-Yuiop 2")).headers().firstValue("Location"))
                    .hasValue(card);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(get(card).body()).contains("Korjattu-Zxcvb").doesNotContain("Alkuperainen-Qwertz");
                assertThat(get(orderForm).body()).contains("value=\"Uusitie-Yuiop 2\"").doesNotContain("Vanhatie-Asdfg");
            });
        }
    }

    /** The form as the query side draws it at {@code formPage}, with some fields changed, posted where it points. */
    private HttpResponse<String> post(String formPage, Map<String, String> changed) throws IOException, InterruptedException {
        String page = get(formPage).body();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Pattern field : new Pattern[] {INPUT, TEXTAREA}) {
            Matcher each = field.matcher(page);
            while (each.find()) {
                fields.put(each.group(1), HtmlUtils.htmlUnescape(each.group(2)));
            }
        }
        fields.putAll(changed);
        Matcher action = ACTION.matcher(page);
        assertThat(action.find()).as("the form at " + formPage).isTrue();
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return browser.send(HttpRequest.newBuilder(URI.create(base + action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String user) throws IOException, InterruptedException {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user + "&_csrf="
                        + encode(token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String created(RunningRegister register, String path, String body, String idField) throws Exception {
        RunningRegister.Response response = register.send("staff", "POST", path, body);
        assertThat(response.status()).as(path).isEqualTo(201);
        return response.json().get(idField).asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
