package fi.register.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessIdCheckTest {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    /** The rule, written out independently of the class under test: -1 when no check digit exists. */
    private static int checkDigitFor(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += WEIGHTS[i] * Character.getNumericValue(sevenDigits.charAt(i));
        }
        int remainder = sum % 11;
        return remainder == 0 ? 0 : remainder == 1 ? -1 : 11 - remainder;
    }

    static Stream<String> computedValidIds() {
        return Stream.of("2096006", "0737546", "1572860", "1234567", "0112038", "2617416", "0000000", "9999999")
                .filter(base -> checkDigitFor(base) >= 0)
                .map(base -> base + "-" + checkDigitFor(base));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2096006-8", "0737546-2", "1572860-0", "1234567-1"})
    void acceptsKnownValidBusinessIds(String id) {
        assertThat(BusinessIdCheck.isValid(id)).isTrue();
        assertThat(BusinessIdCheck.describeProblem(id)).isNull();
    }

    @ParameterizedTest
    @MethodSource("computedValidIds")
    void acceptsIdsWhoseCheckDigitFollowsTheWeightedMod11Rule(String id) {
        assertThat(BusinessIdCheck.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2096006-0", "2096006-7", "2096006-9", "0737546-3", "1572860-1", "1234567-2"})
    void refusesWrongCheckDigit(String id) {
        assertThat(BusinessIdCheck.isValid(id)).isFalse();
        assertThat(BusinessIdCheck.describeProblem(id)).isEqualTo(BusinessIdCheck.CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2096005", "2096013", "2096021", "2096048", "1000008", "0000006"})
    void refusesEveryCheckDigitWhenRemainderIsOne(String sevenDigits) {
        assertThat(checkDigitFor(sevenDigits)).as("test data has remainder 1").isEqualTo(-1);
        for (int d = 0; d <= 9; d++) {
            String id = sevenDigits + "-" + d;
            assertThat(BusinessIdCheck.isValid(id)).isFalse();
            assertThat(BusinessIdCheck.describeProblem(id)).isEqualTo(BusinessIdCheck.NO_SUCH_ID);
        }
    }

    @Test
    void acceptsExactlyOneCheckDigitPerNumberUnlessRemainderIsOne() {
        IntStream.range(2_090_000, 2_100_000).mapToObj(n -> String.format("%07d", n)).forEach(base -> {
            long accepted = IntStream.rangeClosed(0, 9).filter(d -> BusinessIdCheck.isValid(base + "-" + d)).count();
            assertThat(accepted).as("valid check digits").isEqualTo(checkDigitFor(base) < 0 ? 0 : 1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2096006",      // no check digit
            "2096006-88",   // two check digits
            "209600-68",    // six digits before the hyphen
            "096006-8",     // legacy 6-digit form without its leading zero
            "20960068",     // no hyphen
            "2096006 8",    // space instead of hyphen
            "2096006\u20138", // en dash instead of hyphen
            "209A006-8",    // letter among the digits
            "2096006-X",    // letter as check digit
            "FI20960068",   // VAT number, not a business ID
            " 2096006-8",   // not trimmed here
            "2096006-8 ",
            "２０９６００６-８", // full-width digits
            "",
            "-"})
    void refusesBadFormats(String id) {
        assertThat(BusinessIdCheck.isValid(id)).isFalse();
        assertThat(BusinessIdCheck.describeProblem(id)).isEqualTo(BusinessIdCheck.FORMAT);
    }

    @ParameterizedTest
    @NullSource
    void refusesMissingBusinessId(String id) {
        assertThat(BusinessIdCheck.isValid(id)).isFalse();
        assertThat(BusinessIdCheck.describeProblem(id)).isEqualTo(BusinessIdCheck.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2096006-0", "2096005-1", "209600-68", "131052-308T", "2096006"})
    void neverEchoesTheValueInItsMessage(String id) {
        String problem = BusinessIdCheck.describeProblem(id);
        assertThat(problem).isNotNull().doesNotContain(id).doesNotContain(id.substring(0, 6));
    }
}
