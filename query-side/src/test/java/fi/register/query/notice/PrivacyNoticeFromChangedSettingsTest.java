package fi.register.query.notice;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.query.QuerySideHttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another clinic's settings: the notice and the records follow the configuration the register enforces, with no text
 * to edit. The retention period here is the one the command side would erase by and the replay check by.
 */
@TestPropertySource(properties = {
        "register.retention.period=P36M",
        "register.controller.name=Toinen Klinikka Oy",
        "register.controller.trade-name=",
        "register.controller.business-id=1572860-0",
        "register.named-parties.firstbeat=Other Analytics Ltd",
        "register.reporting.min-cell=5"})
class PrivacyNoticeFromChangedSettingsTest extends QuerySideHttpTestSupport {

    @Test
    void showsTheChangedRetentionPeriodAndController_WhenTheSettingsChange() throws Exception {
        String finnish = PrivacyNoticeTest.text(http.getForEntity("/privacy-notice?lang=fi", String.class));
        String english = PrivacyNoticeTest.text(http.getForEntity("/privacy-notice?lang=en", String.class));

        assertThat(finnish).contains("Tietoja säilytetään 36 kuukautta", "Toinen Klinikka Oy", "Y-tunnus 1572860-0",
                "Other Analytics Ltd saa: nimi, syntymäaika", "alle 5 asiakkaan ryhmiä")
                .doesNotContain("24 kuukautta", "Harmonia", "aputoiminimi", "Firstbeat Technologies");
        assertThat(english).contains("kept for 36 months", "Other Analytics Ltd receives: name, date of birth")
                .doesNotContain("24 months");
        PrivacyNoticeTest.assertResolved(finnish);

        JsonNode records = json.readTree(http.withBasicAuth("dpo", "dpo")
                .getForObject("/api/records-of-processing", String.class));
        assertThat(records.path("retention").path("period").asText()).isEqualTo("P36M");
        assertThat(records.path("retention").path("months").asLong()).isEqualTo(36);
        assertThat(records.path("controller").path("name").asText()).isEqualTo("Toinen Klinikka Oy");
    }
}
