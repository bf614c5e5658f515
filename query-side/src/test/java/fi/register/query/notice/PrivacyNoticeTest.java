package fi.register.query.notice;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.query.QuerySideHttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy notice and the records of processing as the register serves them, on the seed's settings: the notice to
 * anyone, in Finnish and English, naming the controller, each named party with what it receives and the retention
 * period; the records to the data protection officer only.
 */
class PrivacyNoticeTest extends QuerySideHttpTestSupport {

    @Test
    void servesTheNoticeInFinnish_WithoutAuthentication() {
        ResponseEntity<String> answer = http.getForEntity("/privacy-notice?lang=fi", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("fi");
        String page = text(answer);
        assertThat(page).contains("<html lang=\"fi\"", "Tietosuojaseloste", "Hyvinvointiohjaajat Harmonia Oy",
                "aputoiminimi Stressinhallinta- ja Psykoterapiakeskus Toivo", "Y-tunnus 2096006-8",
                "Malminraitti 17 C 2 krs, 00700 Helsinki", "Tapio Jantunen", "tapio.jantunen@toivontilat.fi");
        assertThat(page).contains(
                "Neurosonic Finland Oy saa: nimi, toimitusosoite, toimitusta varten puhelinnumero tai sähköpostiosoite, "
                        + "tilattu tuote, tilauksen tunniste",
                "vain tilausvahvistuksessa, kun asiakas tilaa tuotteen Neurosonic-laite",
                "Firstbeat Technologies Oy saa: nimi, syntymäaika (ilman henkilötunnuksen loppuosaa)",
                "vain niistä asiakkaista, jotka käyttävät palvelua FIRSTBEAT-hyvinvointianalyysi",
                "Emfit Oy saa: nimi, osoite, sähköpostiosoite, puhelinnumero",
                "Tehden asiakashallintajärjestelmä (Avoinna24) saa: nimi, sähköpostiosoite, puhelinnumero, asiointikieli",
                "kaikista asiakkaista");
        assertThat(page).contains("Tietoja säilytetään 24 kuukautta asiakkaan viimeisestä palvelutapahtumasta lukien",
                "Syntymäaika, vain palveluihin, joiden asiakasprofiili sitä edellyttää: FIRSTBEAT-hyvinvointianalyysi",
                "sähköposti, tekstiviesti, kirje", "alle 3 asiakkaan ryhmiä",
                "Neurosonic-rentoutushoito, Neurosonic-laitteen vuokraus");
        // the seed's exception to erasure, from register.erasure.exceptions as the erasure's confirmation applies it
        assertThat(page).contains("id=\"erasure-exception-accounting-retention\"",
                ">Kirjanpitoaineisto<", "tilausten tiedot säilytetään 6 vuotta sen vuoden lopusta, jona tilaus tehtiin",
                "(Peruste: Kirjanpitolaki 1336/1997, 2 luku 10 §.)");
        assertResolved(page);
    }

    @Test
    void servesTheNoticeInEnglish_WithoutAuthentication() {
        ResponseEntity<String> answer = http.getForEntity("/privacy-notice?lang=en", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        String page = text(answer);
        assertThat(page).contains("<html lang=\"en\"", "Privacy notice", "Hyvinvointiohjaajat Harmonia Oy",
                "Business ID 2096006-8", "tapio.jantunen@toivontilat.fi");
        assertThat(page).contains(
                "Neurosonic Finland Oy receives: name, delivery address, a phone number or e-mail address for the "
                        + "delivery, the product ordered, the order reference",
                "only in the order confirmation, when the customer orders a Neurosonic device",
                "Firstbeat Technologies Oy receives: name, date of birth",
                "only for customers who use the service FIRSTBEAT wellbeing analysis",
                "Emfit Oy receives: name, address, e-mail address, phone number",
                "only for customers who use the service Emfit sleep monitoring",
                "Tehden asiakashallintajärjestelmä (Avoinna24) receives: name, e-mail address, phone number, language",
                "for every customer");
        assertThat(page).contains("The data is kept for 24 months from the last service event of the customer",
                ">Accounting material<", "the orders are kept for 6 years from the end of the year in which they were placed",
                "(Legal basis: Kirjanpitolaki 1336/1997, 2 luku 10 §.)");
        assertResolved(page);
    }

    @Test
    void servesFinnish_WhenTheLanguageIsMissingOrNotOneOfTheNotice() {
        for (String path : List.of("/privacy-notice", "/privacy-notice?lang=sv", "/privacy-notice?lang=xx")) {
            ResponseEntity<String> answer = http.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).as(path).isEqualTo("fi");
            assertThat(text(answer)).as(path).contains("Tietosuojaseloste", "24 kuukautta");
        }
    }

    @Test
    void rejects_WhenStaffOrManagementOrNobodyAsksForTheRecordsOfProcessing() throws Exception {
        for (String user : List.of("staff", "management", "reporting")) {
            assertProblem(http.withBasicAuth(user, user).getForEntity("/api/records-of-processing", String.class),
                    HttpStatus.FORBIDDEN, "forbidden");
        }
        assertThat(http.getForEntity("/api/records-of-processing", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void servesTheRecordsOfProcessingToTheDpo_FromTheSameConfigurationAsTheNotice() throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("dpo", "dpo").getForEntity("/api/records-of-processing",
                String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode records = json.readTree(answer.getBody());
        assertThat(records.path("controller").path("name").asText()).isEqualTo("Hyvinvointiohjaajat Harmonia Oy");
        assertThat(records.path("controller").path("businessId").asText()).isEqualTo("2096006-8");
        assertThat(records.path("dataProtectionContact").path("email").asText()).isEqualTo("tapio.jantunen@toivontilat.fi");
        assertThat(records.path("processingActivities").findValuesAsText("purpose")).containsExactly("SERVICES",
                "HEALTH_DATA", "MARKETING", "DISCLOSURE_ON_CONSENT", "SERVICE_STATISTICS", "LEGAL_OBLIGATIONS");
        JsonNode health = records.path("processingActivities").get(1);
        assertThat(health.path("legalBasis").asText()).isEqualTo("CONSENT");
        assertThat(health.path("consentPurpose").asText()).isEqualTo("HEALTH_DATA");
        assertThat(health.path("dataCategories").toString()).contains("WELLBEING_INTERVIEW", "PROGRAMS_AND_FEEDBACK");
        assertThat(records.path("processingActivities").get(0).path("recipients").toString())
                .contains("Neurosonic Finland Oy", "Firstbeat Technologies Oy", "Emfit Oy");
        assertThat(records.path("dataCategories").findValuesAsText("category")).contains("IDENTITY", "DATE_OF_BIRTH",
                "WELLBEING_INTERVIEW");
        JsonNode firstbeat = records.path("namedRecipients").get(1);
        assertThat(firstbeat.path("party").asText()).isEqualTo("FIRSTBEAT");
        assertThat(firstbeat.path("receives").toString()).isEqualTo("[\"NAME\",\"DATE_OF_BIRTH\"]");
        assertThat(firstbeat.path("onlyForServices").toString()).isEqualTo("[\"FIRSTBEAT_ANALYSIS\"]");
        assertThat(records.path("otherRecipients").path("evidence").asText()).isEqualTo("WRITTEN");
        assertThat(records.path("retention").path("period").asText()).isEqualTo("P24M");
        assertThat(records.path("retention").path("months").asLong()).isEqualTo(24);
        assertThat(records.path("retention").path("description").asText()).contains("24 months");
        JsonNode accounting = records.path("retention").path("exceptionsToErasure").get(0);
        assertThat(accounting.path("code").asText()).isEqualTo("accounting-retention");
        assertThat(accounting.path("keptFor").asText()).isEqualTo("P6Y");
        assertThat(accounting.path("law").asText()).isEqualTo("Kirjanpitolaki 1336/1997, 2 luku 10 §");
        assertThat(accounting.path("description").asText()).contains("6 years", "the order reference, the product");
        assertThat(records.path("securityMeasures").findValuesAsText("measure")).contains("CRYPTO_SHREDDING",
                "WRAPPED_DATA_KEYS", "READ_AUDIT", "TAMPER_EVIDENT_HISTORY", "NO_IDENTITY_CODES");
        assertThat(answer.getBody()).doesNotContain("??");
    }

    /** The page as a reader sees its text: entities decoded, so "ä" and "–" compare as written. */
    static String text(ResponseEntity<String> answer) {
        assertThat(answer.getBody()).isNotNull();
        return HtmlUtils.htmlUnescape(answer.getBody()).replaceAll("\\s+", " ");
    }

    /** Thymeleaf prints ??key_locale?? for a missing message; nothing of a template's syntax may reach the reader. */
    static void assertResolved(String page) {
        assertThat(page).doesNotContain("??", "#{", "${", "{{", "{0", "th:");
    }
}
