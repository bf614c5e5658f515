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
    void refusesCode_WhateverItsCenturySign(String sign) {
        assertThat(containsPersonalIdentityCode(DATE + sign + INDIVIDUAL + CHECK)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "x", "w", "v", "u", "a", "b", "c", "d", "e", "f"})
    void refusesLowerCaseCenturySigns(String sign) {
        assertThat(containsPersonalIdentityCode(DATE + sign + INDIVIDUAL + "t")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052a308t", "131052-308t", "010101a123n", "311299y999e"})
    void refusesLowerCaseCodes(String code) {
        assertThat(containsPersonalIdentityCode(code)).isTrue();
    }

    static Stream<String> everyCheckCharacter() {
        return "0123456789ABCDEFGHIJKLMNOPQRSTUVWXY".chars().mapToObj(c -> String.valueOf((char) c));
    }

    @ParameterizedTest
    @MethodSource("everyCheckCharacter")
    void refusesClassicCode_WhateverItsCheckCharacter(String check) {
        assertThat(containsPersonalIdentityCode(DATE + "-" + INDIVIDUAL + check)).isTrue();
        assertThat(containsPersonalIdentityCode(DATE + "+" + INDIVIDUAL + check.toLowerCase())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308X", "131052-308A", "131052-3080", "290200-001Y"})
    void refusesClassicCode_WithAWrongCheckCharacter(String code) {
        assertThat(containsPersonalIdentityCode(code)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("everyCheckCharacter")
    void refusesLetterSignCode_OnlyWithItsRealCheckCharacter(String check) {
        // a letter sign is also a hexadecimal digit or a word's letter: only a real code is refused
        assertThat(containsPersonalIdentityCode(DATE + "A" + INDIVIDUAL + check.toLowerCase()))
                .isEqualTo(check.equals(CHECK));
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
    @ValueSource(strings = {"010100+001A", "311299-999Y", "290204A123A", "010123F900D", "150665W1238"})
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
            "12345678901234567890"})
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
    void acceptsExtendedTimestampsAtEverySecondOfADay_AndBasicOnesUnlessTheyHoldARealCode() {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-01T00:00:00+02:00");
        int refusedBasic = 0;
        for (int s = 0; s < 86_400; s += 7) {
            OffsetDateTime t = start.plusSeconds(s);
            String time = String.format("%02d%02d%02d", t.getHour(), t.getMinute(), t.getSecond());
            String basic = "20261201T" + time + "+0200";
            assertThat(containsPersonalIdentityCode(t.toString())).isFalse();
            // "HHMMSS+0200" is a classic code's shape; it is refused only when it is a real one
            boolean realCode = PersonalIdentityCodeCheck.isRealDate(time)
                    && PersonalIdentityCodeCheck.isCheckCharacterOf(time + "020", '0');
            assertThat(containsPersonalIdentityCode(basic)).as(basic).isEqualTo(realCode);
            refusedBasic += realCode ? 1 : 0;
        }
        assertThat(refusedBasic).as("basic-format timestamps refused").isLessThan(86_400 / 7 / 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "131052308T",        // no century sign
            "131052 308T",       // a space in its place
            "131052\n308T",      // a line break in its place
            "131052 -308T",      // a space before the sign
            "131052- 308T",      // a space after it
            "131052\n-\n308T",   // line breaks around it
            "1506651238",        // ten digits alone, the check a digit
            "9131052-308T",      // a digit in front
            "0131052-308T",
            "0037131052-308T",
            "12a131052308T",     // digits and a letter in front, no sign
            "20261201T131052-308T"})
    void refusesRealCode_WhateverStandsForItsCenturySign(String text) {
        assertThat(containsPersonalIdentityCode(text)).isTrue();
    }

    @Test
    void acceptsTenDigitsThatAreNoRealCode() {
        assertThat(containsPersonalIdentityCode("1506651231")).isFalse(); // wrong check digit
        assertThat(containsPersonalIdentityCode("310200123K")).isFalse(); // 31 February, though K is its check
        assertThat(containsPersonalIdentityCode("01506651238")).isFalse(); // eleven digits: an account number
        assertThat(containsPersonalIdentityCode("15066512380")).isFalse();
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
            "131052G308X",  // G is not a century sign, nor X the check character
            "131052-308Z",  // Z is not a check character
            "9131052-308X", // seven-digit run, and not a real code
            "0037131052-308X"})
    void acceptsTextThatIsNotShapedLikeACode(String text) {
        assertThat(containsPersonalIdentityCode(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void acceptsNothing(String text) {
        assertThat(containsPersonalIdentityCode(text)).isFalse();
    }
}
