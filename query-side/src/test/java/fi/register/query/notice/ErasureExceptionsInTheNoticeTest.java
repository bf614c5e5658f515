package fi.register.query.notice;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.query.QuerySideHttpTestSupport;
import fi.register.query.erasure.ErasureExceptionSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exceptions to erasure are stated by the notice and the records of processing from the very settings the
 * erasure's confirmation applies ({@code register.erasure.exceptions}): here another clinic's, with a longer
 * accounting period and an exception of its own that has no words of the notice's yet, so its code and law are shown
 * as configured rather than left out.
 */
@TestPropertySource(properties = {
        "register.erasure.exceptions[0].code=accounting-retention",
        "register.erasure.exceptions[0].applies-to=ORDERS",
        "register.erasure.exceptions[0].kept-for=P10Y",
        "register.erasure.exceptions[0].law=Kirjanpitolaki 1336/1997, 2 luku 10 §",
        "register.erasure.exceptions[1].code=pending-legal-claim",
        "register.erasure.exceptions[1].law=GDPR Art. 17(3)(e)"})
class ErasureExceptionsInTheNoticeTest extends QuerySideHttpTestSupport {

    private static final List<String> LANGUAGES = List.of("fi", "en");

    @Autowired
    ErasureExceptionSettings settings;

    @Test
    void showsTheChangedExceptions_WhenTheSettingsChange() throws Exception {
        String finnish = read("fi");
        String english = read("en");

        assertThat(finnish).contains("Kirjanpitoaineisto: tilausten tiedot säilytetään 10 vuotta sen vuoden lopusta",
                "jäävät luettaviksi vain tilauksen tunniste, tuote, ehdot, tilausaika",
                "pending-legal-claim: koskee jokaista asiakasta. (Peruste: GDPR Art. 17(3)(e).)")
                .doesNotContain("6 vuotta");
        assertThat(english).contains("Accounting material: the orders are kept for 10 years from the end of the year",
                "pending-legal-claim: applies to every customer. (Legal basis: GDPR Art. 17(3)(e).)")
                .doesNotContain("6 years");
        PrivacyNoticeTest.assertResolved(finnish);
        PrivacyNoticeTest.assertResolved(english);

        JsonNode exceptions = records().path("retention").path("exceptionsToErasure");
        assertThat(exceptions.findValuesAsText("code")).containsExactly("accounting-retention", "pending-legal-claim");
        assertThat(exceptions.get(0).path("keptFor").asText()).isEqualTo("P10Y");
        assertThat(exceptions.get(0).path("appliesTo").asText()).isEqualTo("ORDERS");
        assertThat(exceptions.get(0).path("description").asText()).contains("10 years", "Kirjanpitolaki");
        assertThat(exceptions.get(1).path("keptFor").isNull()).isTrue();
        assertThat(exceptions.get(1).path("law").asText()).isEqualTo("GDPR Art. 17(3)(e)");
    }

    @Test
    void rejects_WhenTheNoticeOrTheRecordsLeaveOutAConfiguredException_InEveryLanguage() throws Exception {
        assertThat(settings.exceptions()).hasSize(2);
        JsonNode records = records().path("retention").path("exceptionsToErasure");
        for (ErasureExceptionSettings.ErasureException exception : settings.exceptions()) {
            for (String language : LANGUAGES) {
                assertThat(notice(language)).as(language + " " + exception.code())
                        .contains("id=\"erasure-exception-" + exception.code() + "\"", exception.law());
            }
            assertThat(records.findValuesAsText("code")).contains(exception.code());
            assertThat(records.findValuesAsText("law")).contains(exception.law());
        }
    }

    private String notice(String language) {
        return PrivacyNoticeTest.text(http.getForEntity("/privacy-notice?lang=" + language, String.class));
    }

    /** The notice as read, without its markup, so a sentence spanning two elements compares as one. */
    private String read(String language) {
        return notice(language).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
    }

    private JsonNode records() throws Exception {
        return json.readTree(http.withBasicAuth("dpo", "dpo").getForObject("/api/records-of-processing", String.class));
    }
}
