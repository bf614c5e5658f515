package fi.register.query.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The export's form follows the Accept header, and every client of the JSON keeps getting the JSON. */
class AccessCopyFormatTest {

    @Test
    void keeps_TheJson_WhenTheClientNamesNoFormOrAnyForm() {
        assertThat(AccessCopyFormat.chosenBy(null)).isEqualTo(AccessCopyFormat.JSON);
        assertThat(AccessCopyFormat.chosenBy("*/*")).isEqualTo(AccessCopyFormat.JSON);
        assertThat(AccessCopyFormat.chosenBy("application/json")).isEqualTo(AccessCopyFormat.JSON);
        assertThat(AccessCopyFormat.chosenBy("text/plain, application/json, application/*+json, */*")).isEqualTo(AccessCopyFormat.JSON);
        assertThat(AccessCopyFormat.chosenBy("not a media type")).isEqualTo(AccessCopyFormat.JSON);
    }

    @Test
    void emits_TheCopy_WhenABrowserOrAPdfReaderAsks() {
        assertThat(AccessCopyFormat.chosenBy("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(AccessCopyFormat.HTML);
        assertThat(AccessCopyFormat.chosenBy("application/pdf")).isEqualTo(AccessCopyFormat.PDF);
        assertThat(AccessCopyFormat.chosenBy("application/json;q=0.5, application/pdf")).isEqualTo(AccessCopyFormat.PDF);
    }
}
