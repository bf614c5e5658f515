package fi.register.query.deadletter;

import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.query.CustomerEvents;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideRun;
import fi.register.query.console.ConsoleSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's dead-letter screen over real HTTP, with a real dead letter: a projection made to fail on purpose
 * ({@link SwitchableFault}) puts a subject's rectification in the queue and the next one behind it; the page lists
 * them by type, time and exception class without a value of theirs, its retry leaves them while the cause lasts and
 * applies them once it is gone (posted by htmx and without script alike), a stale button is refused beside itself, and
 * no other role opens the page or presses its buttons.
 */
class DeadLetterPageTest {

    private static final String PAGE = "/console/dpo/dead-letters";
    private static final String CUSTOMER_VIEW = "customer-view";
    private static final List<String> PERSONAL = List.of("Alkuperäinen", "Toinennimi", "Kolmasnimi", "Testi",
            "alku@example.invalid", "Malminraitti", "+358 40 000 0000", "cannot take");

    @TempDir
    Path dataDir;

    @AfterEach
    void switchTheFaultOff() {
        SwitchableFault.FAILING.clear();
    }

    @Test
    void listsTheDeadLettersWithoutPersonalData_andRetriesThemFromThePage_onceTheCauseIsGone() {
        UUID failing = UUID.randomUUID();
        SwitchableFault.FAILING.add(failing);
        try (ConfigurableApplicationContext register = QuerySideRun.start(dataDir, new Class<?>[] {SwitchableFault.class})) {
            String base = "http://localhost:" + register.getEnvironment().getProperty("local.server.port");
            ConsoleSession dpo = ConsoleSession.signedIn(base, "dpo");
            assertThat(dpo.get(PAGE).body()).as("nothing failed yet").contains("id=\"dead-letters-none\"")
                    .contains("Kaikki näkymät ovat ajan tasalla");

            deadLetter(register, failing);
            String sequenceRetry = PAGE + "/customer-view/sequences/" + failing + "/retry";

            HttpResponse<String> listed = dpo.get(PAGE);
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            assertThat(listed.body()).contains("Näkymä customer-view: 2 tapahtumaa")
                    .contains("<td>" + failing + "</td>")
                    .as("the type in words").contains("Asiakastietoja oikaistu")
                    .contains("<code>java.lang.IllegalStateException</code>")
                    .as("the later one, queued behind it").contains("<td>odottaa edellisen takana</td>")
                    .contains("action=\"" + sequenceRetry + "\"").contains("hx-post=\"" + sequenceRetry + "\"")
                    .contains("action=\"" + PAGE + "/customer-view/retry\"")
                    .contains("name=\"_csrf\"")
                    .doesNotContain("id=\"dead-letters-none\"")
                    .doesNotContain(PERSONAL);

            HttpResponse<String> stillFailing = dpo.post(PAGE + "/customer-view/retry", Map.of());
            assertThat(stillFailing.statusCode()).as("without script: the page with the outcome").isEqualTo(200);
            assertThat(stillFailing.body()).contains("<html").contains("id=\"dead-letters-outcome\"")
                    .contains("Näkymä customer-view: 0 asiakkaan tai varauksen tapahtumat käsiteltiin; jonossa on vielä 2 tapahtumaa.")
                    .contains("<td>" + failing + "</td>").doesNotContain(PERSONAL);

            SwitchableFault.FAILING.remove(failing);
            HttpResponse<String> applied = dpo.postAsHtmx(sequenceRetry, Map.of());
            assertThat(applied.statusCode()).isEqualTo(200);
            assertThat(applied.headers().firstValue("HX-Retarget")).as("the outcome goes into main").hasValue("#main");
            assertThat(applied.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            assertThat(applied.body()).doesNotContain("<html", "<main")
                    .contains("Näkymä customer-view: 1 asiakkaan tai varauksen tapahtumat käsiteltiin; jonossa on vielä 0 tapahtumaa.")
                    .contains("id=\"dead-letters-none\"").doesNotContain(failing.toString());
            assertThat(dpo.get(PAGE).body()).as("gone from the page").contains("id=\"dead-letters-none\"")
                    .doesNotContain(failing.toString());
            assertThat(register.getBean(ProjectionDeadLetters.class).list()).as("gone from the queue").isEmpty();

            HttpResponse<String> staleByHtmx = dpo.postAsHtmx(sequenceRetry, Map.of());
            assertThat(staleByHtmx.statusCode()).isEqualTo(422);
            assertThat(staleByHtmx.body().strip()).as("the sentence alone, for beside the button")
                    .startsWith("<span class=\"error\" role=\"alert\">")
                    .contains("ei ole enää käsittelemättömiä tapahtumia").doesNotContain("<h1");
            HttpResponse<String> stale = dpo.post(sequenceRetry, Map.of());
            assertThat(stale.statusCode()).isEqualTo(422);
            assertThat(stale.body()).as("its button has gone: above the list")
                    .contains("id=\"dead-letters-refusal\"").contains("ei ole enää käsittelemättömiä tapahtumia");
        }
    }

    @Test
    void rejects_WhenStaffOrManagementOpenThePageOrPressItsButtons_andSendsStrangersToTheSignIn() {
        UUID failing = UUID.randomUUID();
        SwitchableFault.FAILING.add(failing);
        try (ConfigurableApplicationContext register = QuerySideRun.start(dataDir, new Class<?>[] {SwitchableFault.class})) {
            String base = "http://localhost:" + register.getEnvironment().getProperty("local.server.port");
            deadLetter(register, failing);
            SwitchableFault.FAILING.remove(failing);
            List<String> posts = List.of(PAGE + "/customer-view/retry",
                    PAGE + "/customer-view/sequences/" + failing + "/retry");

            for (String user : List.of("staff", "management")) {
                ConsoleSession other = ConsoleSession.signedIn(base, user);
                String home = other.get("/").body();
                assertThat(home).as(user + "'s menu").doesNotContain("href=\"" + PAGE + "\"");
                assertThat(other.get(PAGE).statusCode()).as(user).isEqualTo(403);
                for (String post : posts) {
                    assertThat(other.post(post, Map.of()).statusCode()).as(user + " " + post).isEqualTo(403);
                    assertThat(other.postAsHtmx(post, Map.of()).headers().firstValue("HX-Refresh"))
                            .as(user + " by htmx " + post).hasValue("true");
                }
            }
            ConsoleSession stranger = ConsoleSession.anonymous(base);
            stranger.get("/login");
            for (HttpResponse<String> answer : List.of(stranger.get(PAGE), stranger.post(posts.get(0), Map.of()),
                    stranger.post(posts.get(1), Map.of()))) {
                assertThat(answer.statusCode()).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            }
            assertThat(register.getBean(ProjectionDeadLetters.class).list()).as("no refused click retried anything")
                    .hasSize(2);
            assertThat(ConsoleSession.signedIn(base, "dpo").get("/").body()).as("the officer's menu")
                    .contains("href=\"" + PAGE + "\"");
        }
    }

    /** The subject's registration applied, then two rectifications: the first fails, the second waits behind it. */
    private static void deadLetter(ConfigurableApplicationContext register, UUID customerId) {
        EventStream subject = EventStream.of(register, customerId);
        subject.append(CustomerEvents.registered(customerId, "Alkuperäinen", "alku@example.invalid"), "staff",
                LegalBasis.CONTRACT);
        subject.append(lastNameRectified(customerId, "Toinennimi"), "staff", LegalBasis.CONTRACT);
        subject.append(lastNameRectified(customerId, "Kolmasnimi"), "staff", LegalBasis.CONTRACT);
        ProcessorCatchUp.awaitCaughtUp(register, CUSTOMER_VIEW);
    }

    private static CustomerRectifiedEvent lastNameRectified(UUID customerId, String lastName) {
        return new CustomerRectifiedEvent(customerId, Set.of(CustomerField.LAST_NAME), null, lastName, null, null, null,
                null, null, null, null, null, CustomerEvents.REGISTERED_AT.plusSeconds(3600));
    }
}
