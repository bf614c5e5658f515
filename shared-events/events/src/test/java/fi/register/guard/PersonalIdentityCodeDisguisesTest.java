package fi.register.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static fi.register.guard.PersonalIdentityCodeDetector.containsPersonalIdentityCode;
import static org.assertj.core.api.Assertions.assertThat;

/** The disguises that carried a complete code past the earlier screen (issue 10), each refused now. */
class PersonalIdentityCodeDisguisesTest {

    private static final String CODE = "131052-308T";

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E", "\u034F", "\u200E"})
    void refusesCode_WithAnInvisibleCharacterAnywhereInIt(String invisible) {
        for (int at = 1; at < CODE.length(); at++) {
            String disguised = CODE.substring(0, at) + invisible + CODE.substring(at);
            assertThat(containsPersonalIdentityCode("hetu " + disguised)).as("at %d", at).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00AD", "\u00A0", " ", "\n", "\r\n", "\u202F", "\u2007", "\u3000", "\t"})
    void refusesCode_WithASeparatorBesideTheCenturySign(String separator) {
        assertThat(containsPersonalIdentityCode("131052" + separator + "-308T")).isTrue();
        assertThat(containsPersonalIdentityCode("131052-" + separator + "308T")).isTrue();
        assertThat(containsPersonalIdentityCode("131052" + separator + "308T")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63",
            "\uFF0D", "\u2E3A", "\u301C", "\u30A0", "\u2796", "\u2043", "\u02D7", "\u058A", "\u05BE", "\u1806"})
    void refusesCode_WithAnyDashForItsSign(String dash) {
        assertThat(containsPersonalIdentityCode("131052" + dash + "308T")).isTrue();
    }

    static Stream<String> otherScriptsDigits() {
        // full-width, Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali, Thai, mathematical bold (outside the BMP)
        return Stream.of(0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1D7CE).map(zero -> {
            StringBuilder code = new StringBuilder();
            for (char c : "131052".toCharArray()) {
                code.appendCodePoint(zero + c - '0');
            }
            code.append('-');
            for (char c : "308".toCharArray()) {
                code.appendCodePoint(zero + c - '0');
            }
            return code.append('T').toString();
        });
    }

    @ParameterizedTest
    @MethodSource("otherScriptsDigits")
    void refusesCode_WrittenInAnotherScriptsDigits(String code) {
        assertThat(containsPersonalIdentityCode(code)).isTrue();
        assertThat(containsPersonalIdentityCode("hetu " + code + " kävi")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "１３１０５２－３０８Ｔ",     // full width throughout
            "131052-308Ｔ",             // a full-width check letter
            "290204\u0410123\u0410",     // Cyrillic A as century sign and check character
            "131052-308\u0422",          // Cyrillic Te as check character
            "131052-308\u03A4",          // Greek Tau
            "1\u03013\u03031\u03080\u03245\u03322-3\u03360\u03388T", // combining marks on the digits
            "①③①⓪⑤②-③⓪⑧T",             // circled digits
            "¹³¹⁰⁵²-³⁰⁸T"})              // superscripts
    void refusesCode_InLookAlikeCharacters(String code) {
        assertThat(containsPersonalIdentityCode(code)).isTrue();
    }
}
