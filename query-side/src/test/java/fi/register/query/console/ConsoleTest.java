package fi.register.query.console;

import fi.register.events.LegalBasis;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewField;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.query.EventStream;
import fi.register.query.ProcessorCatchUp;
import fi.register.query.QuerySideHttpTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
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
import static org.awaitility.Awaitility.await;

/**
 * The console's sign-in, roles and pages on the query side, over real HTTP (the session cookie's attributes are the
 * servlet container's): what a browser gets, and what the read audit records.
 */
class ConsoleTest extends QuerySideHttpTestSupport {

    private static final Instant LATER = Instant.parse("2030-01-01T08:00:00Z");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|action|src|hx-post|hx-get)=\"([^\"]*)\"");

    private String base() {
        return http.getRootUri();
    }

    /** Every page of the staff's console on this side, by method and path. */
    private List<String[]> staffPages(UUID customerId) {
        return List.of(new String[] {"GET", "/console/customers"},
                new String[] {"POST", "/console/customers"},
                new String[] {"GET", "/console/customers/" + customerId},
                new String[] {"GET", "/console/customers/" + customerId + "/details"});
    }

    @Test
    void signingIn_setsAnHttpOnlySameSiteStrictSealedSignInCookie_andLandsOnTheHomePage() {
        ConsoleSession browser = ConsoleSession.anonymous(base());

        HttpResponse<String> signIn = browser.signIn("staff", "staff");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("REGISTER_SIGN_IN=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict"))
                // the sealed cookie names nobody in clear: not even the staff member who signed in
                .noneSatisfy(cookie -> assertThat(cookie).contains("staff"));
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/console/customers\"").contains("lang=\"fi\"");
    }

    @Test
    void rejects_WhenAWrongPasswordIsGiven_withTheSignInPageAgain() {
        HttpResponse<String> signIn = ConsoleSession.anonymous(base()).signIn("staff", "not-the-password");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void rejects_WhenAFormIsPostedWithoutItsCsrfToken() {
        ConsoleSession stranger = ConsoleSession.anonymous(base());
        stranger.get("/login");
        assertThat(stranger.postWithoutToken("/login", Map.of("username", "staff", "password", "staff")).statusCode())
                .isEqualTo(403);

        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        assertThat(staff.postWithoutToken("/console/customers", Map.of("q", "anything")).statusCode()).isEqualTo(403);
        assertThat(staff.postWithoutToken("/logout", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void keeps_NoConsolePageInAnyCache() {
        UUID customerId = register("Välimuisti", "Kortti", "valimuisti@example.invalid", "+358 40 000 0301");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");

        for (String path : List.of("/", "/console/customers", "/console/customers/" + customerId)) {
            assertThat(staff.get(path).headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
        }
        assertThat(ConsoleSession.anonymous(base()).get("/login").headers().firstValue("Cache-Control").orElse(""))
                .contains("no-store");
    }

    @Test
    void anonymousUsersAreSentToTheSignIn_fromEveryConsolePath() {
        ConsoleSession stranger = ConsoleSession.anonymous(base());
        stranger.get("/login");
        List<String[]> paths = new ArrayList<>(staffPages(UUID.randomUUID()));
        paths.add(new String[] {"GET", "/"});
        paths.add(new String[] {"GET", "/console/not-a-page"});

        for (String[] page : paths) {
            HttpResponse<String> answer = "GET".equals(page[0]) ? stranger.get(page[1]) : stranger.post(page[1], Map.of());
            assertThat(answer.statusCode()).as(page[0] + " " + page[1]).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page[1]).endsWith("/login");
        }
    }

    @Test
    void rejects_WhenTheRoleIsNotTheStaffs_onEveryStaffPage_andEveryoneOnAPageNobodyClaimed() {
        UUID customerId = register("Roolinen", "Rajattu", "roolinen@example.invalid", "+358 40 000 0302");
        ConsoleSession management = ConsoleSession.signedIn(base(), "management");
        management.get("/");
        for (String[] page : staffPages(customerId)) {
            HttpResponse<String> answer = "GET".equals(page[0]) ? management.get(page[1]) : management.post(page[1], Map.of());
            assertThat(answer.statusCode()).as("management " + page[0] + " " + page[1]).isEqualTo(403);
        }
        assertThat(management.get("/").body()).as("the home page links no staff screen")
                .doesNotContain("href=\"/console/customers\"");
        // the officer finds and reads customers as the API allows (GET /api/customers, /{id}), but corrects nothing
        ConsoleSession dpo = ConsoleSession.signedIn(base(), "dpo");
        assertThat(dpo.get("/console/customers/" + customerId + "/details").statusCode()).isEqualTo(403);
        assertThat(ConsoleSession.signedIn(base(), "staff").get("/console/not-a-page").statusCode()).isEqualTo(403);
        assertThat(readsOf(customerId)).as("a refused page reads nothing").isEmpty();
    }

    @Test
    void aCardViewIsRecordedInTheReadAudit_asTheApisReadIs() {
        UUID customerId = register("Kortti", "Katsottu", "kortti@example.invalid", "+358 40 000 0303");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");

        HttpResponse<String> card = staff.get("/console/customers/" + customerId);

        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("Kortti Katsottu").contains("+358 40 000 0303").contains("Hakutie 1");
        assertThat(readsOf(customerId)).extracting(read -> read.getString("reader") + " " + read.getString("what"))
                .containsExactly("staff REGISTER_VIEW");
    }

    @Test
    void showsABookingsStartInHelsinkiTime_andItsServiceAndStatusInFinnishWords_notTheCodes() {
        UUID customerId = registerWithACompletedBooking("Aika", "Suomeksi", "aika@example.invalid", "+358 40 000 0311");

        String bookings = section(ConsoleSession.signedIn(base(), "staff").get("/console/customers/" + customerId).body(),
                "bookings");

        assertThat(bookings).as("08:15 UTC is 10.15 in Helsinki in November, the instant kept for machines")
                .contains("<time datetime=\"2030-11-30T08:15:00Z\">30.11.2030 10.15</time>")
                .contains("<td>Neurosonic-rentoutushoito</td>").contains("<td>Toteutunut</td>").contains("<td>puhelin</td>")
                .doesNotContain("NEUROSONIC_TREATMENT").doesNotContain("COMPLETED").doesNotContain("PHONE");
    }

    @Test
    void showsTheSameBookingInEnglish_whenThePageIsInEnglish() {
        UUID customerId = registerWithACompletedBooking("Time", "InEnglish", "time@example.invalid", "+358 40 000 0312");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");

        String card = staff.get("/console/customers/" + customerId + "?lang=en").body();
        String bookings = section(card, "bookings");

        assertThat(bookings).containsPattern("<time datetime=\"2030-11-30T08:15:00Z\">Nov 30, 2030 10:15[\\s\\u202F]AM</time>")
                .contains("<td>Neurosonic relaxation treatment</td>").contains("<td>Completed</td>")
                .doesNotContain("NEUROSONIC_TREATMENT").doesNotContain("COMPLETED");
        assertThat(section(card, "details")).as("the registration, in the same zone and language")
                .contains("<time datetime=\"2030-01-01T08:00:00Z\">Jan 1, 2030").contains("Private person");
    }

    @Test
    void theCardLinksTheStaffAFormForEveryCommandOnTheCustomer() {
        UUID customerId = register("Lomakkeet", "Kortilla", "lomakkeet@example.invalid", "+358 40 000 0307");

        String card = ConsoleSession.signedIn(base(), "staff").get("/console/customers/" + customerId).body();

        for (String form : new String[] {"consents", "bookings", "interviews", "service-events", "orders", "disclosures",
                "recommendations", "feedback"}) {
            assertThat(card).as(form).contains("href=\"/console/forms/customers/" + customerId + "/" + form + "\"");
        }
    }

    @Test
    void theRectificationFormIsPrefilledFromTheView_postsToTheCommandSide_andIsRecordedAsARead() {
        UUID customerId = register("Oikaistava", "Tietoinen", "oikaistava@example.invalid", "+358 40 000 0306");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");

        assertThat(staff.get("/console/customers/" + customerId).body())
                .contains("href=\"/console/customers/" + customerId + "/details\"")
                .contains("href=\"/console/forms/customers/" + customerId + "/consents\"");
        HttpResponse<String> form = staff.get("/console/customers/" + customerId + "/details");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("action=\"/console/forms/customers/" + customerId + "/details\"")
                .contains("name=\"_csrf\"")
                .contains("id=\"lastName\" name=\"lastName\" type=\"text\" value=\"Tietoinen\"")
                .contains("name=\"was.phone\" value=\"+358 40 000 0306\"")
                .doesNotContain("id=\"companyName\"");
        assertThat(readsOf(customerId)).extracting(read -> read.getString("what"))
                .containsExactly("REGISTER_VIEW", "REGISTER_VIEW");
    }

    @Test
    void theCardLinksEachInterviewOrderRecommendationAndFeedbackToItsCorrection_prefilledFromTheView_postedToTheCommandSide_andRecordedAsARead() {
        UUID customerId = register("Korjattava", "Rivi", "korjattava.rivi@example.invalid", "+358 40 000 0308");
        UUID interviewId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        events(customerId).append(new InterviewRecordedEvent(customerId, interviewId, "Stressi-Qwertz", "Kevyt",
                Set.of("NEUROSONIC_TREATMENT"), null, LATER), "staff", LegalBasis.CONSENT, UUID.randomUUID());
        events(customerId).append(new OrderPlacedEvent(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.RENTAL,
                new PostalAddress("Vanhatie 1", "00100", "Helsinki", "FI"), LATER), "staff", LegalBasis.CONTRACT);
        UUID recommendationId = UUID.randomUUID();
        UUID feedbackId = UUID.randomUUID();
        events(customerId).append(new ProgramRecommendedEvent(customerId, recommendationId, "Syvärentoutus 2", "kevyt",
                30, "Aloitus", LATER), "staff", LegalBasis.CONSENT, UUID.randomUUID());
        events(customerId).append(new ProgramFeedbackRecordedEvent(customerId, feedbackId, "Syvärentoutus 2",
                "Uni parani", 4, LATER), "staff", LegalBasis.CONSENT, UUID.randomUUID());
        ProcessorCatchUp.awaitCaughtUp(context, "customer-view");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        String recommendationForm = "/console/customers/" + customerId + "/recommendations/" + recommendationId;
        String feedbackForm = "/console/customers/" + customerId + "/feedback/" + feedbackId;
        String interviewForm = "/console/customers/" + customerId + "/interviews/" + interviewId;
        String orderForm = "/console/customers/" + customerId + "/orders/" + orderId;

        assertThat(section(staff.get("/console/customers/" + customerId).body(), "interviews"))
                .contains("href=\"" + interviewForm + "\"");
        assertThat(section(staff.get("/console/customers/" + customerId).body(), "orders"))
                .contains("href=\"" + orderForm + "\"");
        HttpResponse<String> interview = staff.get(interviewForm);
        HttpResponse<String> order = staff.get(orderForm);

        assertThat(interview.statusCode()).isEqualTo(200);
        assertThat(interview.body()).contains("action=\"/console/forms" + interviewForm.substring("/console".length()) + "\"")
                .contains("name=\"_csrf\"").contains(">Stressi-Qwertz</textarea>")
                .contains("name=\"was.challenges\" value=\"Stressi-Qwertz\"")
                .contains("name=\"services\" value=\"NEUROSONIC_TREATMENT\"");
        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(order.body()).contains("action=\"/console/forms" + orderForm.substring("/console".length()) + "\"")
                .contains("id=\"street\" name=\"street\" type=\"text\" value=\"Vanhatie 1\"")
                .contains("name=\"was.street\" value=\"Vanhatie 1\"");
        String card = staff.get("/console/customers/" + customerId).body();
        assertThat(section(card, "recommendations")).contains("href=\"" + recommendationForm + "\"");
        assertThat(section(card, "feedback")).contains("href=\"" + feedbackForm + "\"");
        assertThat(staff.get(recommendationForm).body())
                .contains("action=\"/console/forms" + recommendationForm.substring("/console".length()) + "\"")
                .contains("id=\"durationMinutes\" name=\"durationMinutes\" type=\"number\" value=\"30\"")
                .contains(">Aloitus</textarea>");
        assertThat(staff.get(feedbackForm).body())
                .contains("action=\"/console/forms" + feedbackForm.substring("/console".length()) + "\"")
                .contains("id=\"rating\" name=\"rating\" type=\"number\" value=\"4\"")
                .contains(">Uni parani</textarea>");
        assertThat(staff.get("/console/customers/" + customerId + "/interviews/" + UUID.randomUUID()).statusCode())
                .as("an interview the customer does not have").isEqualTo(404);
        assertThat(readsOf(customerId)).extracting(read -> read.getString("purpose")).contains("RECTIFICATION");
        for (String user : new String[] {"dpo", "management"}) {
            ConsoleSession other = ConsoleSession.signedIn(base(), user);
            assertThat(other.get(interviewForm).statusCode()).as(user).isEqualTo(403);
            assertThat(other.get(orderForm).statusCode()).as(user).isEqualTo(403);
            assertThat(other.get(recommendationForm).statusCode()).as(user).isEqualTo(403);
            assertThat(other.get(feedbackForm).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theCardShowsTheCorrectedInterviewAndDeliveryAddress_notTheOriginals() {
        UUID customerId = register("Korjattu", "Kortti", "korjattu.kortti@example.invalid", "+358 40 000 0309");
        UUID interviewId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        events(customerId).append(new InterviewRecordedEvent(customerId, interviewId, "Alkuperainen-Asdfg", "Kevyt",
                Set.of("NEUROSONIC_TREATMENT"), null, LATER), "staff", LegalBasis.CONSENT, UUID.randomUUID());
        events(customerId).append(new OrderPlacedEvent(customerId, orderId, Product.EMFIT_MONITOR, OrderTerms.RENTAL,
                new PostalAddress("Vanhatie-Zxcvb 1", "00100", "Helsinki", "FI"), LATER), "staff", LegalBasis.CONTRACT);
        events(customerId).append(new InterviewRectifiedEvent(customerId, interviewId,
                Set.of(InterviewField.CHALLENGES), "Korjattu-Yuiop", null, null, LATER), "staff", LegalBasis.CONSENT, UUID.randomUUID());
        events(customerId).append(new DeliveryAddressRectifiedEvent(customerId, orderId,
                new PostalAddress("Uusitie-Hjkl 2", "00200", "Helsinki", "FI"), LATER), "staff", LegalBasis.LEGAL_OBLIGATION);
        ProcessorCatchUp.awaitCaughtUp(context, "customer-view");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");

        assertThat(section(staff.get("/console/customers/" + customerId).body(), "interviews"))
                .contains("Korjattu-Yuiop").doesNotContain("Alkuperainen-Asdfg");
        assertThat(staff.get("/console/customers/" + customerId + "/orders/" + orderId).body())
                .contains("value=\"Uusitie-Hjkl 2\"").doesNotContain("Vanhatie-Zxcvb");
    }

    @Test
    void searchTermsNeverAppearInAUrl_andEachCustomerShownIsRecorded() {
        UUID customerId = register("Hakija", "Löydettävä", "hakija@example.invalid", "+358 40 000 0304");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        staff.get("/"); // its sign-out form has the token; the search page would list (and read) the recent ones

        HttpResponse<String> search = staff.post("/console/customers", Map.of("q", "loydettava"));

        assertThat(search.statusCode()).isEqualTo(303);
        String location = search.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/console/customers").doesNotContainIgnoringCase("loydettava");
        HttpResponse<String> results = staff.get("/console/customers");
        assertThat(results.body()).contains("<mark>Löydettävä</mark>")
                .contains("href=\"/console/customers/" + customerId + "\"");
        Matcher urls = URL_ATTRIBUTE.matcher(results.body());
        while (urls.find()) {
            assertThat(urls.group(1)).doesNotContainIgnoringCase("loydettava").doesNotContainIgnoringCase("löydettävä")
                    .doesNotContain("hakija");
        }
        assertThat(readsOf(customerId)).extracting(read -> read.getString("what")).containsExactly("SEARCH_HIT");
    }

    @Test
    void typedSearch_answersTheResultsOnly_outOfEveryCache_recordingEachCustomerShown_withTheTermsInNoUrl() {
        UUID customerId = register("Kirjoittaja", "Näppäilevä", "nappailija@example.invalid", "+358 40 000 0306");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        staff.get("/");

        HttpResponse<String> typed = staff.postAsHtmx("/console/customers", Map.of("q", "nappaileva"));

        assertThat(typed.statusCode()).as("no redirect: htmx swaps the answer in").isEqualTo(200);
        assertThat(typed.headers().firstValue("Location")).isEmpty();
        assertThat(typed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(typed.body()).contains("id=\"results\"", "<mark>Näppäilevä</mark>",
                        "href=\"/console/customers/" + customerId + "\"", "id=\"search-status\" hx-swap-oob=\"innerHTML\"")
                .as("the results only: not the page, nor the field staff are typing in")
                .doesNotContain("<html", "<header", "id=\"q\"");
        Matcher urls = URL_ATTRIBUTE.matcher(typed.body());
        while (urls.find()) {
            assertThat(urls.group(1)).doesNotContainIgnoringCase("nappaileva").doesNotContainIgnoringCase("näppäilevä");
        }
        assertThat(readsOf(customerId)).as("a customer shown in a fragment is a read too")
                .extracting(read -> read.getString("what")).containsExactly("SEARCH_HIT");
        assertThat(staff.get("/console/customers").body()).as("kept for the whole page, as a posted search is")
                .contains("value=\"nappaileva\"", "<mark>Näppäilevä</mark>");
    }

    @Test
    void rejects_WhenATypedSearchHoldsAPersonalIdentityCode_besideTheField_withoutResultsOrTheCode() {
        register("Tunnukseton", "Hakematon", "tunnukseton@example.invalid", "+358 40 000 0307");
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        staff.get("/");

        HttpResponse<String> typed = staff.postAsHtmx("/console/customers", Map.of("q", "131052-308T"));

        assertThat(typed.statusCode()).isEqualTo(422);
        assertThat(typed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(typed.body()).contains("id=\"q-refusal\" hx-swap-oob=\"innerHTML\"", "id=\"q-error\"",
                "Henkilötunnuksella ei voi hakea").doesNotContain("131052", "<html", "Hakematon", "<table");
    }

    @Test
    void rejects_WhenTheSearchHoldsAPersonalIdentityCode_orIsTooLong_nextToTheField_withoutKeepingIt() {
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");
        staff.get("/");

        HttpResponse<String> identityCode = staff.post("/console/customers", Map.of("q", "131052-308T"));
        assertThat(identityCode.statusCode()).isEqualTo(422);
        assertThat(identityCode.body()).contains("id=\"q-error\"").contains("aria-invalid=\"true\"")
                .contains("Henkilötunnuksella ei voi hakea").doesNotContain("131052");
        HttpResponse<String> tooLong = staff.post("/console/customers", Map.of("q", "a b c d e f g h i j k"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("enintään 200 merkkiä ja 10 sanaa");
        assertThat(staff.get("/console/customers").body()).as("nothing kept: the recent list").doesNotContain("131052")
                .contains("Viimeksi asioineet");
    }

    @Test
    void anErasedCustomersCardSaysSo_with410_andReadsNothing() {
        UUID customerId = register("Poistuva", "Pyyhitty", "poistuva@example.invalid", "+358 40 000 0305");
        events(customerId).append(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, LATER),
                "dpo", LegalBasis.LEGAL_OBLIGATION);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                projections.getCollection("erased_subjects").find(eq("_id", customerId.toString())).first() != null);

        HttpResponse<String> card = ConsoleSession.signedIn(base(), "staff").get("/console/customers/" + customerId);

        assertThat(card.statusCode()).isEqualTo(410);
        assertThat(card.body()).contains("class=\"erased\"").doesNotContain("Pyyhitty");
        assertThat(readsOf(customerId)).isEmpty();
    }

    @Test
    void aJustRegisteredCustomerNotYetInTheViews_getsAPageThatReloadsItself_thenTheUnknownCardsAnswer() {
        UUID notYetProjected = UUID.randomUUID();
        ConsoleSession staff = ConsoleSession.signedIn(base(), "staff");

        HttpResponse<String> first = staff.get("/console/customers/" + notYetProjected + "?registered=1");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("http-equiv=\"refresh\"")
                .contains("url=/console/customers/" + notYetProjected + "?registered=2");
        assertThat(readsOf(notYetProjected)).isEmpty();
        // its patience is bounded: a forged or lost one ends as the 404 it is
        assertThat(staff.get("/console/customers/" + notYetProjected + "?registered=" + CustomerCardController.PATIENCE)
                .statusCode()).isEqualTo(404);
        assertThat(staff.get("/console/customers/" + notYetProjected).statusCode()).isEqualTo(404);
    }

    @Test
    void theLanguageSwitchChangesThePagesLanguage_andFinnishIsTheDefault() {
        ConsoleSession browser = ConsoleSession.anonymous(base());
        assertThat(browser.get("/login").body()).contains("<html lang=\"fi\"").contains("Kirjaudu sisään");

        assertThat(browser.get("/login?lang=sv").body()).contains("<html lang=\"sv\"").contains("Logga in");
        assertThat(browser.get("/login").body()).as("the choice is kept").contains("<html lang=\"sv\"");
        assertThat(browser.get("/login?lang=en").body()).contains("<html lang=\"en\"").contains("User name");
    }

    @Test
    void keeps_TheApiStatelessWithBasicAuthenticationForMachineClients() {
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/api/customers?limit=1", String.class))
                .satisfies(answer -> {
                    assertThat(answer.getStatusCode().value()).isEqualTo(200);
                    assertThat(answer.getHeaders().get("Set-Cookie")).isNull();
                });
        assertThat(http.getForEntity("/api/customers?limit=1", String.class).getStatusCode().value()).isEqualTo(401);
    }

    private final Map<UUID, EventStream> streams = new HashMap<>();

    private EventStream events(UUID customerId) {
        return streams.get(customerId);
    }

    @Test
    void theCardsBookingButtons_arePostedByHtmx_eachRefusalSwappedInBesideTheButtons_theDpoSeeingNone() {
        UUID customerId = register("Napit", "Kortilla", "napit.kortilla@example.invalid", "+358 40 000 0310");
        UUID bookingId = UUID.randomUUID();
        events(customerId).append(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT",
                Instant.parse("2030-11-30T08:15:00Z"), BookingChannel.PHONE, LATER), "staff", LegalBasis.CONTRACT);
        ProcessorCatchUp.awaitCaughtUp(context, "booking-view");
        String booking = "/console/forms/customers/" + customerId + "/bookings/" + bookingId;

        String bookings = section(ConsoleSession.signedIn(base(), "staff").get("/console/customers/" + customerId).body(),
                "bookings");

        assertThat(bookings).contains("hx-post=\"" + booking + "/cancellation\"", "hx-post=\"" + booking + "/completion\"")
                .contains("hx-target=\"#refusal-" + bookingId + "\"")
                .contains("<span class=\"card-refusal\" id=\"refusal-" + bookingId + "\"></span>")
                .contains("aria-describedby=\"refusal-" + bookingId + "\"");
        assertThat(ConsoleSession.signedIn(base(), "dpo").get("/console/customers/" + customerId).body())
                .doesNotContain(booking);
    }

    private UUID register(String firstName, String lastName, String email, String phone) {
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        streams.put(customerId, events);
        events.append(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, firstName, lastName, null, null,
                new PostalAddress("Hakutie 1", "00100", "Helsinki", "FI"), null, email, phone,
                "NEUROSONIC_TREATMENT", "fi", LATER), "staff", LegalBasis.CONTRACT);
        ProcessorCatchUp.awaitCaughtUp(context, "customer-view");
        return customerId;
    }

    /** A customer with one booking, made by phone for 08:15 UTC on 30 November 2030 and completed. */
    private UUID registerWithACompletedBooking(String firstName, String lastName, String email, String phone) {
        UUID customerId = register(firstName, lastName, email, phone);
        UUID bookingId = UUID.randomUUID();
        events(customerId).append(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT",
                Instant.parse("2030-11-30T08:15:00Z"), BookingChannel.PHONE, LATER), "staff", LegalBasis.CONTRACT);
        events(customerId).append(new BookingCompletedEvent(customerId, bookingId, "NEUROSONIC_TREATMENT",
                Instant.parse("2030-11-30T09:00:00Z")), "staff", LegalBasis.CONTRACT);
        ProcessorCatchUp.awaitCaughtUp(context, "booking-view");
        return customerId;
    }

    /** A section of a page by its heading's id: its markup up to the section's end. */
    private static String section(String page, String headingId) {
        int start = page.indexOf("aria-labelledby=\"" + headingId + "\"");
        assertThat(start).as("the section " + headingId).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private List<Document> readsOf(UUID customerId) {
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);
        return projections.getCollection("personal_data_reads").find(eq("customerId", customerId.toString()))
                .sort(ascending("position")).into(new ArrayList<>());
    }
}
