package fi.register.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static fi.register.guard.PersonalIdentityCodeDetector.containsPersonalIdentityCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalIdentityCodeDetectorTest {

    /** The example code from docs/requirements.md, with the parts split so tests can vary one at a time. */
    private static final String DATE = "131052";
    private static final String INDIVIDUAL = "308";
    private static final String CHECK = "T";
    private static final String CODE = DATE + "-" + INDIVIDUAL + CHECK;

    // --- text -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"+", "-", "Y", "X", "W", "V", "U", "A", "B", "C", "D", "E", "F"})
    void refusesEveryCenturySign(String sign) {
        assertThat(containsPersonalIdentityCode(DATE + sign + INDIVIDUAL + CHECK)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "x", "w", "v", "u", "a", "b", "c", "d", "e", "f"})
    void refusesLowerCaseCenturySigns(String sign) {
        assertThat(containsPersonalIdentityCode(DATE + sign + INDIVIDUAL + "t")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052a308t", "131052-308t", "010101a123n", "311299y999y"})
    void refusesLowerCaseCodes(String code) {
        assertThat(containsPersonalIdentityCode(code)).isTrue();
    }

    static Stream<String> everyCheckCharacter() {
        return "0123456789ABCDEFGHIJKLMNOPQRSTUVWXY".chars().mapToObj(c -> String.valueOf((char) c));
    }

    @ParameterizedTest
    @MethodSource("everyCheckCharacter")
    void refusesCodeWhateverItsCheckCharacter(String check) {
        assertThat(containsPersonalIdentityCode(DATE + "-" + INDIVIDUAL + check)).isTrue();
        assertThat(containsPersonalIdentityCode(DATE + "A" + INDIVIDUAL + check.toLowerCase())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308X", "131052-308A", "131052-3080", "010101A1239", "290200-001Y"})
    void refusesCodesWithWrongCheckCharacter(String code) {
        assertThat(containsPersonalIdentityCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "asiakas131052-308Tkävi",
            "hetu:131052-308T.",
            "hetu: 131052-308T, puh 040 123 4567",
            "Nimi Matti Meikäläinen (131052-308T)",
            "\"131052-308T\"",
            "[131052-308T]",
            "matti.131052-308t@example.fi",
            "rivi 1\nrivi 2 131052-308T\nrivi 3",
            "tunnus=131052A308T&x=1",
            "x131052-308T9999"})
    void refusesCodeEmbeddedInFreeText(String text) {
        assertThat(containsPersonalIdentityCode(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"})
    void refusesCodeWithDashLookAlikeForMinusSign(String dash) {
        assertThat(containsPersonalIdentityCode(DATE + dash + INDIVIDUAL + CHECK)).isTrue();
        assertThat(containsPersonalIdentityCode("hetu " + DATE + dash + INDIVIDUAL + "t kävi")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u202F", "\u2007", "\t", "\n", "\r\n", " ", "\u3000", "\u200B"})
    void refusesCodeWhateverWhitespaceSurroundsIt(String space) {
        assertThat(containsPersonalIdentityCode(space + CODE + space)).isTrue();
        assertThat(containsPersonalIdentityCode("hetu" + space + CODE + space + "kävi")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010100+001A", "311299-999Y", "290204A123B", "010123F900C", "150665W1234"})
    void refusesCodesAcrossTheWholeDateAndNumberRange(String code) {
        assertThat(containsPersonalIdentityCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // ISO 8601 dates, times and timestamps
            "2026-12-01T10:00:00+02:00",
            "2026-12-01T10:10:00.123-05:00",
            "2026-12-01T10:10:00Z",
            "20261201T101000+0200",
            "20261201T101000-0500",
            "20261201T101000Z",
            "1952-10-13",
            "19521013",
            "2026-12-01/2027-01-31",
            "Varaus 2026-12-01T10:00:00+02:00 – 2026-12-01T11:00:00+02:00",
            // date of birth alone is allowed (item 11), never with the suffix
            "13.10.1952",
            "131052",
            // Finnish phone numbers
            "+358 40 123 4567",
            "+358401234567",
            "+358 9 1234 5678",
            "040-1234567",
            "040 123 4567",
            "0401234567",
            "(09) 123 4567",
            // postal codes and addresses
            "00700",
            "Malminraitti 17 C, 2nd floor, 00700 Helsinki",
            // business IDs and VAT numbers
            "2096006-8",
            "0737546-2",
            "1572860-0",
            "FI20960068",
            // e-invoice addresses, operators, IBANs, BICs
            "003720960068",
            "003721009981",
            "0037209600681001",
            "FI1234567890123456",
            "FI21 1234 5600 0007 85",
            "FI2112345600000785",
            "DE89 3704 0044 0532 0130 00",
            "NDEAFIHH",
            "E204503",
            // UUIDs, including ones that have the code's shape inside them
            "123e4567-e89b-12d3-a456-426614174000",
            "ab131052-3084-4abc-8def-0123456789ab",
            "123e4567-e89b-12d3-a456-131052a308fc",
            "AB131052-3084-4ABC-8DEF-0123456789AB",
            "customer ab131052-3084-4abc-8def-0123456789ab registered",
            // plain words and numbers
            "Neurosonic relaxation treatment customer",
            "12345678901234567890",
            "131052308T"})
    void acceptsValuesTheRegisterLegitimatelyStores(String text) {
        assertThat(containsPersonalIdentityCode(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-12-01T10:00:00+02:00", "2026-12-01T10:10:00.123-05:00", "20261201T101000+0200",
            "20261201T131052+0308", "1952-10-13T13:10:52-03:08"})
    void acceptsIsoTimestamps(String timestamp) {
        assertThat(containsPersonalIdentityCode(timestamp)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00100", "00700", "33100", "99999"})
    void acceptsPostalCodes(String code) {
        assertThat(containsPersonalIdentityCode(code)).isFalse();
    }

    @Test
    void acceptsRandomUuidsAsText() {
        Random random = new Random(20260101L);
        IntStream.range(0, 200_000).forEach(i -> {
            String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
            assertThat(containsPersonalIdentityCode(uuid)).as("UUID #%d", i).isFalse();
            assertThat(containsPersonalIdentityCode(uuid.toUpperCase())).as("UUID #%d", i).isFalse();
        });
    }

    @Test
    void acceptsTimestampsAtEverySecondOfADayInBothFormats() {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-01T00:00:00+02:00");
        for (int s = 0; s < 86_400; s += 7) {
            OffsetDateTime t = start.plusSeconds(s);
            String basic = String.format("%04d%02d%02dT%02d%02d%02d+0200",
                    t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
            assertThat(containsPersonalIdentityCode(t.toString())).isFalse();
            assertThat(containsPersonalIdentityCode(basic)).isFalse();
        }
    }

    @Test
    void stillRefusesCodeNextToAUuid() {
        assertThat(containsPersonalIdentityCode("123e4567-e89b-12d3-a456-426614174000 131052-308T")).isTrue();
        assertThat(containsPersonalIdentityCode("131052-308T123e4567-e89b-12d3-a456-426614174000")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "321052-308T",  // day 32
            "001052-308T",  // day 00
            "131352-308T",  // month 13
            "130052-308T",  // month 00
            "131052-30T",   // two-digit individual number
            "131052 308T",  // no century sign
            "131052G308T",  // G is not a century sign
            "131052-308Z",  // Z is not a check character
            "9131052-308T", // seven-digit run: not the start of a code
            "0037131052-308T"})
    void acceptsTextThatIsNotShapedLikeACode(String text) {
        assertThat(containsPersonalIdentityCode(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void acceptsNothing(String text) {
        assertThat(containsPersonalIdentityCode(text)).isFalse();
    }
}
