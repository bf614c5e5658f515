package fi.register.query;

import fi.register.events.LegalBasis;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.disclosure.RecipientChange;
import fi.register.events.disclosure.RecipientNotifiedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.query.console.ConsoleSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The access copy (GDPR Art. 15) written for the customer, beside the machine-readable export: in the customer's
 * language, with the codes in words and the times in the clinic's time zone, the disclosures, the retention deadline
 * and every consultation with its purpose; as HTML and as PDF; recorded as a read; the officer's only.
 */
@Import(AccessCopyApiTest.FixedClock.class)
class AccessCopyApiTest extends QuerySideHttpTestSupport {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** 2026-04-10T09:30Z: 12.30 in Helsinki (summer time). */
    static final Instant SERVED_AT = Instant.parse("2026-04-10T09:30:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Test
    void emits_TheCopyInFinnish_WhenTheCustomersLanguageIsFinnish() throws Exception {
        UUID customerId = served("Äyräpää", "fi");

        ResponseEntity<String> copy = copy(customerId, MediaType.TEXT_HTML, "");

        assertThat(copy.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(copy.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(copy.getHeaders().getCacheControl()).contains("no-store");
        assertThat(copy.getBody()).contains("<html", "lang=\"fi\"", "Tietosi asiakasrekisterissä", "Säyde Äyräpää")
                .contains("Mihin tietojasi käytetään", "Tietoryhmät", "Mistä tietosi on saatu", "Oikeutesi ja niiden käyttäminen")
                .as("codes in words").contains("Yksityishenkilö", "Analyysi toimitettu", "puhelin", "Neurosonic-rentoutushoito")
                .doesNotContain("ANALYSIS_DELIVERED", "BOOKING_SYSTEM", ">PERSON<")
                .as("times in Helsinki, Finnish style").contains("10.4.2026 12.30");
    }

    @Test
    void emits_AConsentsNamedPartyByName_AndItsPurposeInWords() throws Exception {
        UUID customerId = served("Suostuja", "en");
        streams.get(customerId).append(new ConsentGivenEvent(customerId, UUID.randomUUID(), ConsentPurpose.DISCLOSURE, null,
                "EMFIT", null, EvidenceMethod.WRITTEN, "paper form 7", "2026-01", SERVED_AT), "staff", LegalBasis.CONSENT);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> copy(customerId, MediaType.TEXT_HTML, "").getBody().contains("Disclosure of data"));

        assertThat(copy(customerId, MediaType.TEXT_HTML, "").getBody())
                .containsPattern("<td>Disclosure of data</td>\\s*<td>Emfit[^<]*</td>\\s*<td>in writing</td>");
    }

    @Test
    void emits_TheCopyInSwedishAndEnglish_WhenThatIsTheCustomersLanguage_orAskedFor() throws Exception {
        UUID swede = served("Åkerström", "sv");
        UUID finn = served("Öljynen", "fi");

        String swedish = copy(swede, MediaType.TEXT_HTML, "").getBody();
        String english = copy(finn, MediaType.TEXT_HTML, "?lang=en").getBody();

        assertThat(swedish).contains("lang=\"sv\"", "Dina uppgifter i kundregistret", "Vad dina uppgifter används till",
                "Privatperson", "Analys levererad", "telefon", "Dina rättigheter och hur du använder dem");
        assertThat(english).contains("lang=\"en\"", "Your data in the customer register", "What your data is used for",
                "Private person", "Analysis delivered", "Your rights and how to use them", "Apr 10, 2026");
    }

    @Test
    void emits_TheRetentionDeadline_CountedFromTheLastServiceEvent() throws Exception {
        UUID customerId = served("Säilö", "en");

        String copy = copy(customerId, MediaType.TEXT_HTML, "").getBody();

        // 24 months from the service on 10 April 2026, 12.30 in Helsinki
        assertThat(copy).contains("kept 24 months from your last service event")
                .containsPattern("data-retention-deadline=\"\">Apr 10, 2028 12:30[\\s\\u202F]?PM<");
    }

    @Test
    void emits_EveryDisclosure_WithItsRecipientByNameTheFieldsAndTheBasis() throws Exception {
        UUID customerId = served("Luovutus", "en");

        String copy = copy(customerId, MediaType.TEXT_HTML, "").getBody();

        assertThat(copy).contains("To whom your data has been disclosed")
                .containsPattern("<tr data-disclosure=\"\">\\s*<td>Apr 10, 2026 12:40[\\s\\u202F]?PM</td><td>Firstbeat Technologies Oy</td>"
                        + "\\s*<td>name, date of birth</td><td>a contract with the customer</td>");
    }

    @Test
    void emits_TheRecipientsToldOfARectificationOfWhatTheyReceived_ByNameWithTheChangeAndTheOutcome() throws Exception {
        UUID customerId = served("Oikaistu", "en");
        UUID toBookingSystem = UUID.randomUUID();
        EventStream events = streams.get(customerId);
        events.append(new PersonalDataDisclosedEvent(customerId, toBookingSystem, "BOOKING_SYSTEM", null,
                EnumSet.of(DisclosedField.NAME, DisclosedField.EMAIL), null, SERVED_AT), "staff", LegalBasis.CONTRACT);
        long rectified = events.append(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.EMAIL), null, null,
                null, null, null, null, "uusi@example.invalid", null, null, null, SERVED_AT), "staff",
                LegalBasis.LEGAL_OBLIGATION);
        events.append(new RecipientNotifiedEvent(customerId, toBookingSystem, "BOOKING_SYSTEM", rectified,
                RecipientChange.RECTIFICATION, EnumSet.of(DisclosedField.EMAIL), NotificationOutcome.TOLD, SERVED_AT),
                "dpo", LegalBasis.LEGAL_OBLIGATION);
        ProcessorCatchUp.awaitCaughtUp(context, "recipient-notifications");

        String copy = copy(customerId, MediaType.TEXT_HTML, "").getBody();

        assertThat(copy).contains("These recipients have been told of the rectification of your data:")
                .containsPattern("<tr data-told=\"\">\\s*<td>[^<]+</td><td>Tehden asiakashallintajärjestelmä \\(Avoinna24\\)</td>"
                        + "\\s*<td>Rectification [^<]+</td>\\s*<td>e-mail</td><td>Told</td>");
    }

    @Test
    void emits_EveryConsultation_WithItsDateAndPurpose_AndRecordsTheCopyAsARead() throws Exception {
        UUID customerId = served("Katsottu", "en");
        http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + customerId + "/bookings", String.class);
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);

        String copy = copy(customerId, MediaType.TEXT_HTML, "").getBody();
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);

        assertThat(copy).contains("When and why your data was consulted")
                .containsPattern("<tr data-consultation=\"\">\\s*<td>Jun 1, 2026 3:00[\\s\\u202F]?PM</td><td>bookings</td>"
                        + "<td>managing bookings</td>")
                .as("not by whom").doesNotContain(">staff<");
        assertThat(projections.getCollection("personal_data_reads").find(eq("customerId", customerId.toString()))
                .map(read -> read.getString("reader") + " " + read.getString("what") + " " + read.getString("purpose"))
                .into(new ArrayList<>()))
                .containsExactly("staff BOOKINGS BOOKINGS", "dpo ACCESS_EXPORT ANSWERING_AN_ACCESS_REQUEST");
    }

    @Test
    void emits_APdfWhoseTextHoldsTheAccentedName() throws Exception {
        UUID customerId = served("Åkerlund-Näätänen", "sv");

        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_PDF));
        ResponseEntity<byte[]> pdf = http.withBasicAuth("dpo", "dpo").exchange("/api/customers/" + customerId + "/export",
                HttpMethod.GET, new HttpEntity<>(headers), byte[].class);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getCacheControl()).contains("no-store");
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("access-copy-sv.pdf");
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Säyde Åkerlund-Näätänen", "Dina uppgifter i kundregistret", "Analys levererad");
        }
    }

    @Test
    void keeps_TheMachineReadableExport_AsTheDefault() throws Exception {
        UUID customerId = served("Koneluettava", "fi");

        ResponseEntity<String> export = http.withBasicAuth("dpo", "dpo")
                .getForEntity("/api/customers/" + customerId + "/export", String.class);

        assertThat(export.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(export.getHeaders().getCacheControl()).contains("no-store");
        assertThat(json.readTree(export.getBody()).path("registerView").path("lastName").asText()).isEqualTo("Koneluettava");
    }

    @Test
    void rejects_WhenStaffOrManagementAskForTheCopy_AndAnswersGone_WhenTheCustomerIsErased() throws Exception {
        UUID customerId = served("Rajattu", "fi");
        for (String user : List.of("staff", "management")) {
            assertThat(copyAs(user, customerId, MediaType.TEXT_HTML).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(copyAs(user, customerId, MediaType.APPLICATION_PDF).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        protection.keyStore().destroy(customerId); // the command side's shredder, sharing the key store
        appendErasure(customerId);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                projections.getCollection("erased_subjects").find(eq("_id", customerId.toString())).first() != null);

        assertThat(copyAs("dpo", customerId, MediaType.TEXT_HTML).getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(copyAs("dpo", customerId, MediaType.APPLICATION_PDF).getStatusCode()).isEqualTo(HttpStatus.GONE);
    }

    @Test
    void theDposCardLinksToTheCopy_TheConsoleServesItToTheDpoOnly() {
        UUID customerId = served("Konsoli", "fi");
        ConsoleSession dpo = ConsoleSession.signedIn(http.getRootUri(), "dpo");
        ConsoleSession staff = ConsoleSession.signedIn(http.getRootUri(), "staff");
        String page = "/console/dpo/customers/" + customerId + "/access-copy";

        assertThat(dpo.get("/console/customers/" + customerId).body())
                .contains("href=\"" + page + "\"", "href=\"" + page + "/pdf\"");
        assertThat(staff.get("/console/customers/" + customerId).body()).doesNotContain("/access-copy");

        HttpResponse<String> html = dpo.get(page);
        HttpResponse<String> pdf = dpo.get(page + "/pdf");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Tietosi asiakasrekisterissä", "Säyde Konsoli");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(staff.get(page).statusCode()).isEqualTo(403);
        assertThat(staff.get(page + "/pdf").statusCode()).isEqualTo(403);
    }

    /** A customer in the given language with a booking by phone, a service event and a disclosure, projected. */
    private UUID served(String lastName, String language) {
        UUID customerId = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Säyde", lastName, null, null,
                new PostalAddress("Malminraitti 17 C", "00700", "Helsinki", "FI"),
                new BillingDetails(new PostalAddress("Laskutie 1", "00100", "Helsinki", "FI"), null, null),
                "asiakas@example.invalid", "+358 40 000 0000", "NEUROSONIC_TREATMENT", language,
                CustomerEvents.REGISTERED_AT), "staff", LegalBasis.CONTRACT);
        events.append(new BookingMadeEvent(customerId, UUID.randomUUID(), "NEUROSONIC_TREATMENT", SERVED_AT.plusSeconds(86_400),
                BookingChannel.PHONE, SERVED_AT.minusSeconds(3600)), "staff", LegalBasis.CONTRACT);
        events.append(new ServiceProvidedEvent(customerId, UUID.randomUUID(), "FIRSTBEAT_ANALYSIS",
                ServiceEventKind.ANALYSIS_DELIVERED, SERVED_AT), "staff", LegalBasis.CONTRACT);
        events.append(new PersonalDataDisclosedEvent(customerId, UUID.randomUUID(), "FIRSTBEAT", null,
                EnumSet.of(DisclosedField.NAME, DisclosedField.DATE_OF_BIRTH), null, SERVED_AT.plusSeconds(600)),
                "staff", LegalBasis.CONTRACT);
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("customers", "bookings", "service_events", "disclosures")
                .stream().allMatch(collection -> projections.getCollection(collection).find(collection.equals("customers")
                        ? eq("_id", customerId.toString()) : eq("customerId", customerId.toString())).first() != null));
        streams.put(customerId, events);
        return customerId;
    }

    /** Each served customer's stream, to append the erasure to. */
    private final Map<UUID, EventStream> streams = new HashMap<>();

    private void appendErasure(UUID customerId) {
        streams.get(customerId).append(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, NOW), "dpo",
                LegalBasis.LEGAL_OBLIGATION);
    }

    private ResponseEntity<String> copy(UUID customerId, MediaType type, String query) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        return http.withBasicAuth("dpo", "dpo").exchange("/api/customers/" + customerId + "/export" + query,
                HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<byte[]> copyAs(String user, UUID customerId, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        return http.withBasicAuth(user, user).exchange("/api/customers/" + customerId + "/export", HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
    }
}
