package fi.register.query.console;

import fi.register.events.LegalBasis;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideHttpTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data protection officer's and management's console screens on the query side, over real HTTP: who may open
 * each (the server refuses every other role, whatever the menu shows), what each shows, that no filter goes into a
 * URL, and that the pages showing personal data are recorded in the read audit and never cached.
 */
class DpoConsoleTest extends QuerySideHttpTestSupport {

    private static final Instant JANUARY = Instant.parse("2025-01-15T10:00:00Z");
    /** The report's month, which no other test of this class registers anyone in. */
    private static final Instant MARCH = Instant.parse("2024-03-15T10:00:00Z");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"");

    private String base() {
        return http.getRootUri();
    }

    /** Every DPO screen of this side, by method and path. */
    private static List<String[]> dpoPages(UUID customerId) {
        return List.of(new String[] {"GET", "/console/dpo/customers/" + customerId + "/erasure"},
                new String[] {"GET", "/console/dpo/audit"},
                new String[] {"POST", "/console/dpo/audit"},
                new String[] {"GET", "/console/dpo/audit/csv"},
                new String[] {"GET", "/console/dpo/compliance"},
                new String[] {"POST", "/console/dpo/compliance"},
                new String[] {"GET", "/console/dpo/requests"},
                new String[] {"GET", "/console/dpo/dead-letters"},
                new String[] {"POST", "/console/dpo/dead-letters/customer-view/retry"},
                new String[] {"POST", "/console/dpo/dead-letters/customer-view/sequences/" + customerId + "/retry"});
    }

    private static List<String[]> managementPages() {
        return List.of(new String[] {"GET", "/console/management/service-use"},
                new String[] {"GET", "/console/management/service-use/csv?from=2025-01&to=2025-02"});
    }

    private static HttpResponse<String> open(ConsoleSession browser, String[] page) {
        return "GET".equals(page[0]) ? browser.get(page[1]) : browser.post(page[1], Map.of());
    }

    @Test
    void rejects_WhenStaffOrManagementOpenADpoScreen_orStaffTheReport_andSendsStrangersToTheSignIn() {
        UUID customerId = register(UUID.randomUUID(), "Rajattu", "Tietosuoja", JANUARY);
        for (String user : List.of("staff", "management")) {
            ConsoleSession other = ConsoleSession.signedIn(base(), user);
            other.get("/");
            for (String[] page : dpoPages(customerId)) {
                assertThat(open(other, page).statusCode()).as(user + " " + page[0] + " " + page[1]).isEqualTo(403);
            }
        }
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        staff.get("/");
        for (String[] page : managementPages()) {
            assertThat(open(staff, page).statusCode()).as("staff " + page[1]).isEqualTo(403);
        }
        ConsoleSession stranger = ConsoleSession.anonymous(base());
        stranger.get("/login");
        List<String[]> all = new ArrayList<>(dpoPages(customerId));
        all.addAll(managementPages());
        for (String[] page : all) {
            HttpResponse<String> answer = open(stranger, page);
            assertThat(answer.statusCode()).as("anonymous " + page[0] + " " + page[1]).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        assertThat(readsOf(customerId)).as("a refused confirmation reads nothing").isEmpty();
    }

    @Test
    void theDpoSeesTheirScreensInTheMenu_managementOnlyTheReport_staffNeither() {
        String dpo = ConsoleSession.signedIn(base(), "dpo").get("/").body();
        String management = ConsoleSession.signedIn(base(), "management").get("/").body();
        String staff = ConsoleSession.signedIn(base(), "staff").get("/").body();
        List<String> dpoLinks = List.of("href=\"/console/dpo/audit\"", "href=\"/console/dpo/compliance\"",
                "href=\"/console/forms/dpo/retention\"", "href=\"/console/dpo/requests\"",
                "href=\"/console/dpo/dead-letters\"");

        assertThat(dpo).contains(dpoLinks).contains("href=\"/console/customers\"")
                .contains("href=\"/console/management/service-use\"");
        for (String link : dpoLinks) {
            assertThat(management).doesNotContain(link);
            assertThat(staff).doesNotContain(link);
        }
        assertThat(management).contains("href=\"/console/management/service-use\"");
        assertThat(staff).doesNotContain("href=\"/console/management/service-use\"");
    }

    @Test
    void theErasureConfirmation_isReachedFromTheDposCard_saysWhatWillHappen_andPostsTheErasureToTheCommandSide() {
        UUID customerId = register(UUID.randomUUID(), "Pyydetty", "Poistettava", JANUARY);
        ConsoleSession dpo = ConsoleSession.signedIn(base(), "dpo");

        HttpResponse<String> card = dpo.get("/console/customers/" + customerId);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("href=\"/console/dpo/customers/" + customerId + "/erasure\"")
                .as("the officer corrects nothing").doesNotContain("/details\"").doesNotContain("/console/forms/customers/");
        assertThat(ConsoleSession.signedIn(base(), "staff").get("/console/customers/" + customerId).body())
                .doesNotContain("/erasure\"");

        HttpResponse<String> confirmation = dpo.get("/console/dpo/customers/" + customerId + "/erasure");

        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(confirmation.body()).contains("Poista Pyydetty Poistettava rekisteristä")
                .contains("salausavain tuhotaan").contains("varmuuskopioissa").contains("Poistoa ei voi perua")
                .as("the exceptions are named").contains("rotate-master-key").contains("key-cache-ttl")
                .contains("action=\"/console/forms/dpo/customers/" + customerId + "/erasure\"")
                .contains("name=\"_csrf\"");
        assertThat(readsOf(customerId)).extracting(read -> read.getString("reader") + " " + read.getString("what"))
                .containsExactly("dpo REGISTER_VIEW", "staff REGISTER_VIEW", "dpo REGISTER_VIEW");
        assertThat(dpo.get("/console/dpo/customers/" + UUID.randomUUID() + "/erasure").statusCode()).isEqualTo(404);
    }

    @Test
    void theAuditTrailScreen_filtersWithoutAFilterInAnyUrl_pages_andDownloadsTheFilteredTrailAsCsv() {
        UUID customerId = register(UUID.randomUUID(), "Lokitettu", "Luettu", JANUARY);
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        for (int i = 0; i < 50; i++) {
            staff.get("/console/customers/" + customerId);
        }
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.AUDIT_TRAIL);
        ConsoleSession dpo = ConsoleSession.signedIn(base(), "dpo");
        dpo.get("/console/dpo/audit");

        HttpResponse<String> filtered = dpo.post("/console/dpo/audit", Map.of("customerId", customerId.toString(),
                "actor", "", "eventType", "", "legalBasis", "", "kind", "", "from", "", "to", ""));

        assertThat(filtered.statusCode()).isEqualTo(303);
        assertThat(filtered.headers().firstValue("Location").orElseThrow()).endsWith("/console/dpo/audit");
        HttpResponse<String> page = dpo.get("/console/dpo/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.body()).contains("Merkintöjä: 51")
                .as("the event type in words, its code kept machine-readable beside them")
                .contains("<data value=\"CustomerRegisteredEvent\">Asiakas rekisteröity</data> #0")
                .contains("<option value=\"SubjectErasedEvent\">Asiakas poistettu</option>")
                .as("a read and an event in words, at a time in the clinic's zone").contains("<td>Katselu</td>")
                .contains("<td>asiakastiedot</td>").contains("<td>Tapahtuma</td>").contains("<td>sopimus asiakkaan kanssa</td>")
                .contains("<time datetime=\"").doesNotContain(">REGISTER_VIEW<").doesNotContain(">CONTRACT<")
                .contains("href=\"/console/dpo/audit?offset=50\"")
                .doesNotContain("Lokitettu").doesNotContain("Luettu");
        assertThat(dpo.get("/console/dpo/audit?offset=50").body()).contains("href=\"/console/dpo/audit?offset=0\"");

        // a person's user name as a filter: posted and kept in the session, in no URL of the page
        dpo.post("/console/dpo/audit", Map.of("customerId", customerId.toString(), "actor", "staff", "kind", "EVENT"));
        String onlyEvents = dpo.get("/console/dpo/audit").body();
        assertThat(onlyEvents).contains("Merkintöjä: 1").contains("value=\"staff\"");
        Matcher urls = URL_ATTRIBUTE.matcher(onlyEvents);
        while (urls.find()) {
            // the card's link holds the id (a UUID, as every card's URL does); no filter rides in a query string
            assertThat(urls.group(1)).doesNotContain("actor").doesNotContain("staff").doesNotContain("customerId=");
        }
        HttpResponse<String> csv = dpo.get("/console/dpo/audit/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(csv.body().lines().toList()).hasSize(2)
                .first().asString().startsWith("kind,at,customerId");
        assertThat(csv.body()).contains("EVENT,").contains(customerId.toString()).contains("CustomerRegisteredEvent");
    }

    @Test
    void rejects_WhenAnAuditFilterCannotBeRead_nextToThatFilter_keepingTheFiltersBefore() {
        ConsoleSession dpo = ConsoleSession.signedIn(base(), "dpo");
        dpo.get("/console/dpo/audit");

        HttpResponse<String> badId = dpo.post("/console/dpo/audit", Map.of("customerId", "not-an-id"));
        assertThat(badId.statusCode()).isEqualTo(422);
        assertThat(badId.body()).contains("id=\"customerId-error\"").contains("Anna asiakastunniste (UUID)")
                .contains("aria-invalid=\"true\"");
        HttpResponse<String> badActor = dpo.post("/console/dpo/audit", Map.of("actor", "two words"));
        assertThat(badActor.body()).contains("id=\"actor-error\"");
        HttpResponse<String> backwards = dpo.post("/console/dpo/audit", Map.of("from", "2026-02-01", "to", "2026-01-01"));
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("id=\"from-error\"");
        assertThat(dpo.get("/console/dpo/audit").body()).as("nothing refused was kept").doesNotContain("not-an-id");
    }

    @Test
    void rejects_WhenHtmxPostsAnUnreadableAuditFilter_withTheContentOnly_theRefusalBesideTheFilter_thenAcceptsByHxRedirect() {
        ConsoleSession dpo = ConsoleSession.signedIn(base(), "dpo");
        assertThat(dpo.get("/console/dpo/audit").body()).contains("hx-post=\"/console/dpo/audit\"");

        HttpResponse<String> refused = dpo.postAsHtmx("/console/dpo/audit", Map.of("customerId", "not-an-id"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).doesNotContain("<html", "<main", "<header")
                .contains("id=\"customerId-error\"").contains("Anna asiakastunniste (UUID)")
                .as("the filters typed are kept").contains("value=\"not-an-id\"");
        assertThat(refused.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        HttpResponse<String> accepted = dpo.postAsHtmx("/console/dpo/audit", Map.of("kind", "EVENT"));
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(accepted.headers().firstValue("HX-Redirect")).hasValue("/console/dpo/audit");
        assertThat(accepted.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theComplianceReplay_postedByHtmx_answersItsReportAsThePagesContentOnly() {
        ConsoleSession dpo = ConsoleSession.signedIn(base(), "dpo");
        assertThat(dpo.get("/console/dpo/compliance").body()).contains("hx-post=\"/console/dpo/compliance\"");

        HttpResponse<String> run = dpo.postAsHtmx("/console/dpo/compliance", Map.of());

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("id=\"compliance-result\"").doesNotContain("<html", "<main");
        assertThat(run.headers().firstValue("HX-Retarget")).hasValue("#main");
    }

    @Test
    void rejects_WhenStaffPostsTheOfficersFormsByHtmx_byReloadingThePageIntoThe403() {
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        staff.get("/");

        for (String form : List.of("/console/dpo/audit", "/console/dpo/compliance")) {
            HttpResponse<String> refused = staff.postAsHtmx(form, Map.of("kind", "EVENT"));
            assertThat(refused.statusCode()).as(form).isEqualTo(403);
            assertThat(refused.headers().firstValue("HX-Refresh")).as(form).hasValue("true");
        }
    }

    @Test
    void theErasureButton_andEachRequestsAnswer_arePostedByHtmx_withAPlaceBesideTheButtonForTheRefusal() {
        UUID customerId = register(UUID.randomUUID(), "Napein", "Poistettava", JANUARY);
        UUID requestId = requestReceived(customerId, SubjectRequestKind.ACCESS, SubjectRequestChannel.EMAIL);
        ConsoleSession dpo = ConsoleSession.signedIn(base(), "dpo");

        String confirmation = dpo.get("/console/dpo/customers/" + customerId + "/erasure").body();
        String requests = dpo.get("/console/dpo/requests").body();

        assertThat(confirmation).contains("hx-post=\"/console/forms/dpo/customers/" + customerId + "/erasure\"")
                .contains("hx-target=\"#erasure-refusal\"").contains("id=\"erasure-refusal\"")
                .as("still a confirmation: the one button on the page that says what will happen")
                .contains("Poistoa ei voi perua");
        assertThat(requests)
                .contains("hx-post=\"/console/forms/dpo/customers/" + customerId + "/subject-requests/" + requestId + "/answer\"")
                .contains("hx-target=\"#refusal-" + requestId + "\"").contains("id=\"refusal-" + requestId + "\"");
    }

    @Test
    void theComplianceReplay_runsOnTheButton_andShowsTheFindingsWithoutPersonalData() {
        UUID customerId = register(UUID.randomUUID(), "Tarkastettu", "Ilman", JANUARY);
        streams.get(customerId).append(new InterviewRecordedEvent(customerId, UUID.randomUUID(),
                "huono uni", "rauhallinen", Set.of("NEUROSONIC_TREATMENT"), null, JANUARY.plusSeconds(60)),
                "staff", LegalBasis.CONSENT);
        ConsoleSession dpo = ConsoleSession.signedIn(base(), "dpo");

        HttpResponse<String> page = dpo.get("/console/dpo/compliance");
        assertThat(page.body()).contains("action=\"/console/dpo/compliance\"").doesNotContain("id=\"findings\"");
        HttpResponse<String> run = dpo.post("/console/dpo/compliance", Map.of());

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("id=\"findings\"")
                .as("the rule in words").contains("<data value=\"HEALTH_DATA_WITHOUT_CONSENT\">Terveystietoja ilman suostumusta</data>")
                .doesNotContain(">HEALTH_DATA_WITHOUT_CONSENT<")
                .contains(customerId.toString())
                .doesNotContain("Tarkastettu").doesNotContain("huono uni");
    }

    @Test
    void theRequestsScreen_listsOpenRequestsWithTheirDeadline_marksTheOverdue_andPostsAnswersToTheCommandSide() {
        UUID customerId = register(UUID.randomUUID(), "Pyytävä", "Asiakas", JANUARY);
        UUID overdue = requestReceived(customerId, SubjectRequestKind.ERASURE, SubjectRequestChannel.LETTER);

        HttpResponse<String> page = ConsoleSession.signedIn(base(), "dpo").get("/console/dpo/requests");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"open-requests\"", "2025-02-15T10:00:00Z", "Myöhässä",
                        "action=\"/console/forms/dpo/customers/" + customerId + "/subject-requests/" + overdue + "/answer\"",
                        "href=\"/console/dpo/customers/" + customerId + "/erasure\"")
                .doesNotContain("Pyytävä");
    }

    @Test
    void theServiceUseReport_showsEachMonthAndTheTotal_aSmallCountAsSuppressed_andDownloadsTheSameAsCsv() {
        for (int i = 0; i < 3; i++) {
            register(UUID.randomUUID(), "Tilasto" + i, "Henkilö", MARCH);
        }
        UUID company = UUID.randomUUID();
        EventStream.of(context, company).append(new CustomerRegisteredEvent(company, CustomerKind.COMPANY, null, null,
                "Harvinainen Oy", "2096006-8", null, null, "harvinainen@example.invalid", null, "EMFIT_MONITORING", "fi",
                MARCH), "staff", LegalBasis.CONTRACT);
        ProcessorCatchUp.awaitCaughtUp(context, "service-use-report");
        ConsoleSession management = ConsoleSession.signedIn(base(), "management");

        HttpResponse<String> report = management.get("/console/management/service-use?from=2024-03&to=2024-04");

        assertThat(report.statusCode()).isEqualTo(200);
        String body = report.body().replaceAll("\\s+", " ");
        assertThat(body).contains("<th scope=\"col\" data-month>2024-03</th> <th scope=\"col\" data-month>2024-04</th>")
                .contains("<th scope=\"row\">Yksityishenkilö, Neurosonic-rentoutushoito</th> <td data-month>3</td> <td data-month>0</td> <td>3</td>")
                .contains("<th scope=\"row\">Yritys, Emfit-unenseuranta</th> <td data-month class=\"suppressed\">peitetty</td> <td data-month>0</td> <td class=\"suppressed\">peitetty</td>")
                .as("the chart's library from the register itself, never a CDN")
                .contains("src=\"/console/assets/webjars/echarts/5.3.1/dist/echarts.min.js\"").doesNotContain("src=\"http")
                .contains("href=\"/console/management/service-use/csv?from=2024-03&amp;to=2024-04\"")
                .doesNotContain("Harvinainen").doesNotContain("Tilasto");
        HttpResponse<String> library = management.get("/console/assets/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.body()).contains("echarts");
        assertThat(management.get("/console/assets/service-use-chart.js").statusCode()).isEqualTo(200);
        HttpResponse<String> csv = management.get("/console/management/service-use/csv?from=2024-03&to=2024-04");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("customersRegistered,\"kind=PERSON, customerGroup=NEUROSONIC_TREATMENT\",2024-03,3,false")
                .contains("customersRegistered,\"kind=COMPANY, customerGroup=EMFIT_MONITORING\",2024-03,,true")
                .contains("customersRegistered,\"kind=PERSON, customerGroup=NEUROSONIC_TREATMENT\",total,3,false");
        HttpResponse<String> refused = management.get("/console/management/service-use?from=2025-13&to=2024-04");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"range-error\"");
        assertThat(ConsoleSession.signedIn(base(), "dpo").get("/console/management/service-use").statusCode())
                .as("the officer may check the report, as in the API").isEqualTo(200);
    }

    private final Map<UUID, EventStream> streams = new HashMap<>();

    private UUID register(UUID customerId, String firstName, String lastName, Instant at) {
        EventStream events = EventStream.of(context, customerId);
        streams.put(customerId, events);
        events.append(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, firstName,
                lastName, null, null, new PostalAddress("Hakutie 1", "00100", "Helsinki", "FI"), null, null,
                "+358 40 000 0900", "NEUROSONIC_TREATMENT", "fi", at), "staff", LegalBasis.CONTRACT);
        ProcessorCatchUp.awaitCaughtUp(context, "customer-view");
        return customerId;
    }

    /** A request received in January, to be answered by 15 February 2025 (overdue now), in the requests' view. */
    private UUID requestReceived(UUID customerId, SubjectRequestKind kind, SubjectRequestChannel channel) {
        UUID requestId = UUID.randomUUID();
        streams.get(customerId).append(new SubjectRequestReceivedEvent(customerId, requestId, kind, channel, JANUARY,
                Instant.parse("2025-02-15T10:00:00Z")), "dpo", LegalBasis.LEGAL_OBLIGATION);
        ProcessorCatchUp.awaitCaughtUp(context, "subject-requests");
        return requestId;
    }

    private List<Document> readsOf(UUID customerId) {
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);
        return projections.getCollection("personal_data_reads").find(eq("customerId", customerId.toString()))
                .sort(ascending("position")).into(new ArrayList<>());
    }
}
