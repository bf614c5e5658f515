package fi.register.deploy;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in a real browser: Debian's headless chromium driven through its chromium-driver (.ci/run installs both;
 * no test tool downloads a browser). Staff sign in, find a customer registered over the API by an accent-free query,
 * and open the card; then register a customer through the form, first refused next to the field, then accepted and
 * sent to the new card, where an interview is recorded and a service booked and completed, and a consent withdrawn
 * meanwhile is refused beside the card's button (htmx, no page load); then the data protection officer erases the first customer from the card through the
 * confirmation, finds the erasure in the audit trail, runs the compliance replay and opens the report, its chart
 * drawn. Skipped, saying
 * so, where chromium or chromedriver is not installed.
 */
class ConsoleInBrowserTest {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Selain","lastName":"Mäkeläinen","phone":"+358 40 000 0901",
             "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""";
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    @TempDir
    Path dataDir;

    @Test
    void staffSignInFindAnAccentedNameWithoutAccentsAndOpenTheCard() throws Exception {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> chromedriver = onPath("chromedriver");
        assumeTrue(chromium.isPresent() && chromedriver.isPresent(), "Skipped: the console's browser test needs "
                + "chromium and chromedriver on the PATH (apt-get install chromium chromium-driver; .ci/run does)");

        // the real clock, and a booking completable from the day before its own: the test books an hour ahead and
        // completes at once, on whichever side of the clinic's midnight that hour falls
        Clock clock = Clock.systemUTC();
        try (RunningRegister register = RunningRegister.start(dataDir, clock, "--register.bookings.early-completion=PT24H")) {
            RunningRegister.Response registered = register.send("staff", "POST", "/api/customers", CUSTOMER);
            assertThat(registered.status()).isEqualTo(201);
            String customerId = registered.json().get("customerId").asText();
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    register.send("staff", "GET", "/api/customers/" + customerId, null).status() == 200);

            WebDriver browser = browser(chromium.get(), chromedriver.get());
            try {
                String base = "http://localhost:" + register.port();
                browser.get(base + "/");
                assertThat(browser.getCurrentUrl()).endsWith("/login");
                screenshot(browser, "sign-in.png");
                browser.findElement(By.id("username")).sendKeys("staff");
                browser.findElement(By.id("password")).sendKeys("staff");
                browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
                // a click returns before the navigation it starts may have begun: wait for the page that follows
                await().atMost(Duration.ofSeconds(15)).until(() -> !browser.getCurrentUrl().endsWith("/login"));
                // back where the sign-in began (Spring Security marks a saved request's replay with ?continue)
                assertThat(browser.getCurrentUrl()).matches(java.util.regex.Pattern.quote(base + "/") + "(\\?continue)?");

                browser.findElement(By.cssSelector("main a[href='/console/customers']")).click();
                // typing is enough: htmx posts the form after a pause and swaps in the results; the page stays
                awaitHtmx(browser);
                markThePage(browser);
                browser.findElement(By.id("q")).sendKeys("makelainen");
                await().atMost(Duration.ofSeconds(15)).ignoreException(StaleElementReferenceException.class).until(() ->
                        browser.findElements(By.cssSelector("#results tbody mark")).stream()
                                .anyMatch(mark -> mark.getText().equals("Mäkeläinen")));
                assertThat(isTheMarkedPage(browser)).as("the results swapped in, the page not reloaded").isTrue();
                assertThat(browser.getCurrentUrl()).isEqualTo(base + "/console/customers");
                assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("Asiakkaita: 1");
                // axe-core checks the page with the swapped-in results, as every page below
                screenshot(browser, "search.png");

                browser.findElement(By.cssSelector("a[href='/console/customers/" + customerId + "']")).click();
                awaitHeading(browser, "Selain Mäkeläinen");
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fi");
                assertThat(browser.getPageSource()).contains("+358 40 000 0901");
                screenshot(browser, "card.png");

                registerThroughTheForm(browser, base);
                interviewBookAndCompleteFromTheCard(browser, clock);
                aStaleWithdrawalRefusedBesideItsButton(browser, register);
                dpoErasesTheCustomerThenReviewsTheTrailAndReplays(browser, customerId);
            } finally {
                browser.quit();
            }
        }
    }

    /** A refusal next to its field, the values kept; then the card of the new customer, its URL holding the id only. */
    private static void registerThroughTheForm(WebDriver browser, String base) throws Exception {
        browser.findElement(By.cssSelector("header nav a[href='/console/forms/registration']")).click();
        awaitHtmx(browser);
        markThePage(browser);
        browser.findElement(By.id("firstName")).sendKeys("Lomake");
        browser.findElement(By.id("lastName")).sendKeys("Kirjaaja");
        new Select(browser.findElement(By.id("customerGroup"))).selectByValue("NEUROSONIC_TREATMENT");
        browser.findElement(By.cssSelector("form.command button[type=submit]")).click();
        assertThat(browser.findElement(By.id("phone-error")).getText()).startsWith("Anna puhelinnumero");
        assertThat(browser.findElement(By.id("phone")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Kirjaaja");
        assertThat(isTheMarkedPage(browser)).as("the refusal swapped in by htmx, the page not reloaded").isTrue();
        // htmx focuses the refusal's summary (autofocus), so keyboard and screen reader users land on it
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(
                browser.findElement(By.cssSelector("main p.error[autofocus]")).getText());
        screenshot(browser, "registration-refused.png");

        browser.findElement(By.id("phone")).sendKeys("+358 40 000 0902");
        browser.findElement(By.cssSelector("form.command button[type=submit]")).click();
        // the views may lag a moment: the card's "being updated" page reloads itself until the card is there (an element
        // read as it reloads is stale: read again)
        awaitHeading(browser, "Lomake Kirjaaja");
        assertThat(browser.getCurrentUrl()).matches(java.util.regex.Pattern.quote(base)
                + "/console/customers/[0-9a-f-]{36}(\\?registered=[0-9]+)?");
        screenshot(browser, "registered-card.png");

        browser.findElement(By.linkText("Kirjaa suostumus")).click();
        new Select(browser.findElement(By.id("purpose"))).selectByValue("HEALTH_DATA");
        new Select(browser.findElement(By.id("evidenceMethod"))).selectByValue("IN_PERSON");
        browser.findElement(By.id("evidenceReference")).sendKeys("intake 1");
        browser.findElement(By.id("noticeVersion")).sendKeys("2018-05");
        submitAndAwaitTheCard(browser);
        // back on the card; its view catches up with the consent a moment later
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            browser.navigate().refresh();
            // the purpose in the page's words, not its code HEALTH_DATA
            return browser.getPageSource().contains("<td>Terveystietojen käsittely</td>");
        });
        assertThat(browser.findElements(By.xpath("//section[@aria-labelledby='consents']//button[text()='Peru']"))).hasSize(1);
        screenshot(browser, "consent-given.png");
    }

    /**
     * On the new customer's card (the health-data consent in force): an interview recorded, a service booked an hour
     * ahead, and the booking completed by the card's button.
     */
    private static void interviewBookAndCompleteFromTheCard(WebDriver browser, Clock clock) throws Exception {
        browser.findElement(By.linkText("Kirjaa haastattelu")).click();
        browser.findElement(By.id("challenges")).sendKeys("Stressi ja univaikeudet");
        browser.findElement(By.cssSelector("input[name='services'][value='NEUROSONIC_TREATMENT']")).click();
        submitAndAwaitTheCard(browser);
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            browser.navigate().refresh();
            return browser.getPageSource().contains("Stressi ja univaikeudet");
        });

        browser.findElement(By.linkText("Varaa palvelu")).click();
        new Select(browser.findElement(By.id("service"))).selectByValue("NEUROSONIC_TREATMENT");
        // the browser's date-time field takes its value in its own locale's keystrokes: set it as the form posts it
        String anHourAhead = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Helsinki"))).plusHours(1)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("startsAt")), anHourAhead);
        submitAndAwaitTheCard(browser);
        By complete = By.xpath("//section[@aria-labelledby='bookings']//button[text()='Toteutunut']");
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            browser.navigate().refresh();
            return browser.getPageSource().contains(">Toteutunut</button>");
        });
        ((JavascriptExecutor) browser).executeScript("document.getElementById('bookings').scrollIntoView()");
        screenshot(browser, "booked.png");

        browser.findElement(complete).click();
        await().atMost(Duration.ofSeconds(15)).ignoreException(StaleElementReferenceException.class).until(() -> {
            browser.navigate().refresh();
            // the status in the page's words (the code COMPLETED is never shown), in its own cell, not the button's
            return !browser.findElements(By.xpath("//section[@aria-labelledby='bookings']//tbody//td[text()='Toteutunut']"))
                    .isEmpty();
        });
        assertThat(browser.getPageSource()).doesNotContain(">Toteutunut</button>");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('bookings').scrollIntoView()");
        screenshot(browser, "booking-completed.png");
    }

    /**
     * The card's buttons are posted by htmx: a consent withdrawn elsewhere meanwhile (over the API) is refused beside
     * the card's button for it, the card staying as it was (the page not reloaded).
     */
    private static void aStaleWithdrawalRefusedBesideItsButton(WebDriver browser, RunningRegister register)
            throws Exception {
        By withdraw = By.xpath("//section[@aria-labelledby='consents']//form[button[text()='Peru']]");
        String withdrawal = browser.findElement(withdraw).getAttribute("action");
        java.util.regex.Matcher ids = java.util.regex.Pattern
                .compile("/console/forms/customers/([0-9a-f-]{36})/consents/([0-9a-f-]{36})/withdrawal$").matcher(withdrawal);
        assertThat(ids.find()).as(withdrawal).isTrue();
        assertThat(register.send("staff", "DELETE", "/api/customers/" + ids.group(1) + "/consents/" + ids.group(2), null)
                .status()).isEqualTo(204);
        awaitHtmx(browser);
        markThePage(browser);

        browser.findElement(withdraw).findElement(By.tagName("button")).click();

        By refusal = By.cssSelector("#refusal-" + ids.group(2) + " span.error[role=alert]");
        await().atMost(Duration.ofSeconds(15)).until(() -> !browser.findElements(refusal).isEmpty());
        assertThat(browser.findElement(refusal).getText()).isEqualTo("Tämä suostumus ei ole enää voimassa.");
        assertThat(isTheMarkedPage(browser)).as("the refusal swapped in beside the button, the card not reloaded").isTrue();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lomake Kirjaaja");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('consents').scrollIntoView()");
        screenshot(browser, "withdrawal-refused.png");
    }

    /**
     * The officer's path: the card, the confirmation, the erasure across both sides, the trail, the replay, the dead
     * letters, the report.
     */
    private static void dpoErasesTheCustomerThenReviewsTheTrailAndReplays(WebDriver browser, String customerId)
            throws Exception {
        browser.findElement(By.cssSelector("form.sign-out button[type=submit]")).click();
        browser.findElement(By.id("username")).sendKeys("dpo");
        browser.findElement(By.id("password")).sendKeys("dpo");
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> !browser.getCurrentUrl().endsWith("/login"));

        browser.findElement(By.cssSelector("header nav a[href='/console/customers']")).click();
        browser.findElement(By.cssSelector("a[href='/console/customers/" + customerId + "']")).click();
        browser.findElement(By.linkText("Poista asiakas…")).click();
        awaitHeading(browser, "Poista Selain Mäkeläinen rekisteristä");
        assertThat(browser.findElement(By.id("erasure-irreversible")).getText()).startsWith("Poistoa ei voi perua");
        screenshot(browser, "erasure-confirmation.png");
        awaitHtmx(browser);
        markThePage(browser);
        browser.findElement(By.cssSelector("button.danger")).click();
        awaitHeading(browser, "Asiakas poistettiin");
        assertThat(isTheMarkedPage(browser)).as("the confirmation posted by htmx, its answer swapped into main").isTrue();

        browser.findElement(By.cssSelector("header nav a[href='/console/dpo/audit']")).click();
        // a filter that cannot be read is refused beside it, without a page load; then the id, accepted
        awaitHtmx(browser);
        markThePage(browser);
        browser.findElement(By.id("customerId")).sendKeys("not-an-id");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> !browser.findElements(By.id("customerId-error")).isEmpty());
        assertThat(browser.findElement(By.id("customerId-error")).getText()).startsWith("Anna asiakastunniste (UUID)");
        assertThat(browser.findElement(By.id("customerId")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(isTheMarkedPage(browser)).as("the refused filter swapped in by htmx").isTrue();
        screenshot(browser, "audit-filter-refused.png");
        browser.findElement(By.id("customerId")).clear();
        browser.findElement(By.id("customerId")).sendKeys(customerId);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        // the trail is a view too: it shows the erasure once it has caught up
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            browser.navigate().refresh();
            // the event type in words, its code in the cell's <data value> (the filter's options hold every code)
            return browser.getPageSource().contains("<data value=\"SubjectErasedEvent\">Asiakas poistettu</data>");
        });
        assertThat(browser.getCurrentUrl()).doesNotContain(customerId);
        screenshot(browser, "audit-trail.png");

        browser.findElement(By.cssSelector("header nav a[href='/console/dpo/compliance']")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.id("compliance-result")).getText()).isEqualTo("Tulos");
        screenshot(browser, "compliance-replay.png");

        // every view current: the projections' dead letters are none, and the page says so
        browser.findElement(By.cssSelector("header nav a[href='/console/dpo/dead-letters']")).click();
        assertThat(browser.findElement(By.id("dead-letters-none")).getText()).startsWith("Kaikki näkymät ovat ajan tasalla");
        screenshot(browser, "dead-letters.png");

        browser.findElement(By.cssSelector("header nav a[href='/console/management/service-use']")).click();
        assertThat(browser.findElement(By.id("measure-erasures")).getText()).isEqualTo("Poistot");
        // the chart is drawn: a canvas of real size in the erasures' section, from the register's own WebJar
        var canvas = browser.findElement(By.cssSelector("section[aria-labelledby='measure-erasures'] div.chart canvas"));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(100);
        assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
        screenshot(browser, "service-use.png");
    }

    /**
     * A click returns before the page it leads to has replaced the one clicked on: the heading read at once may still
     * be the old page's, or go stale as it is read. Wait for the heading that says the new page is there.
     */
    private static void awaitHeading(WebDriver browser, String heading) {
        await().atMost(Duration.ofSeconds(15)).ignoreException(StaleElementReferenceException.class).until(() ->
                browser.findElement(By.tagName("h1")).getText().equals(heading));
    }

    /**
     * Posts a staff form that is accepted: htmx sends it and, told {@code HX-Redirect}, loads the card. Until then the
     * browser is still on the form's page, so reloading it early would show the form again: wait for the card.
     */
    private static void submitAndAwaitTheCard(WebDriver browser) {
        browser.findElement(By.cssSelector("form.command button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(15)).until(() ->
                browser.getCurrentUrl().matches(".*/console/customers/[0-9a-f-]{36}(\\?.*)?"));
    }

    /** htmx has read the page (its script is deferred): typing before that would post nothing. */
    private static void awaitHtmx(WebDriver browser) {
        await().atMost(Duration.ofSeconds(15)).until(() -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return document.readyState === 'complete' && typeof htmx === 'object'")));
    }

    /** A mark on the page's window: a page load clears it, an htmx swap keeps it. */
    private static void markThePage(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.registerTestMark = true");
    }

    private static boolean isTheMarkedPage(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.registerTestMark === true"));
    }

    private static WebDriver browser(Path chromium, Path chromedriver) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // a container runs it as root: no sandbox; a small /dev/shm: no shared memory
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024");
        // the page's console, where the browser reports what the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return browser;
    }

    /**
     * Every page the test shows is also checked against WCAG 2.1 A and AA by axe-core (Deque's engine, run in the page
     * from the test's class path: nothing is downloaded), before its screenshot is saved.
     */
    private static void screenshot(WebDriver browser, String name) throws Exception {
        assertAccessible(browser, name);
        assertNothingRefusedByTheContentSecurityPolicy(browser, name);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertAccessible(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        List<String> violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        assertThat(violations).as("WCAG 2.1 AA on " + page).isEmpty();
    }

    /** Every script the pages so far ran was allowed by the console's policy (no inline script, no eval). */
    private static void assertNothingRefusedByTheContentSecurityPolicy(WebDriver browser, String page) {
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy")).toList();
        assertThat(refused).as("refused by the Content-Security-Policy, up to " + page).isEmpty();
    }

    private static Optional<Path> onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(directory -> Path.of(directory, executable))
                .filter(Files::isExecutable).findFirst();
    }
}
