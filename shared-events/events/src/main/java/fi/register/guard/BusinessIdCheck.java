package fi.register.guard;

/**
 * Checks a Finnish business ID (<i>Y-tunnus</i>), which the register stores for company
 * customers (docs/requirements.md, "What the register holds", item 3).
 *
 * <p>The form is exactly seven digits, a hyphen and one check digit: {@code 2096006-8}. Older
 * business IDs had six digits; they are written with a leading zero ({@code 0737546-2}) and are
 * accepted only in that seven-digit form. Nothing is trimmed or normalised here: the caller
 * decides whether to strip whitespace before asking.
 *
 * <p>The check digit: multiply the seven digits by the weights 7, 9, 10, 5, 8, 4, 2, add up,
 * and take the remainder mod 11. Remainder 0 gives check digit 0; remainder 1 gives no valid
 * check digit, so no business ID is issued with those seven digits; any other remainder r gives
 * check digit 11 - r.
 *
 * <p>Messages never echo the value, because a mistyped business ID may be someone's personal
 * data, or a personal identity code typed into the wrong field.
 */
public final class BusinessIdCheck {

    static final String MISSING = "businessId is missing";
    static final String FORMAT = "businessId must be 7 digits, a hyphen and a check digit (e.g. 1234567-1);"
            + " write older 6-digit IDs with a leading zero";
    static final String NO_SUCH_ID = "businessId cannot exist: its 7 digits have no valid check digit";
    static final String CHECK_DIGIT = "businessId check digit does not match";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};
    private static final int LENGTH = 9;
    private static final int HYPHEN = 7;

    private BusinessIdCheck() {
    }

    /** Whether this is a well-formed business ID with a correct check digit. {@code null} is not. */
    public static boolean isValid(String businessId) {
        return describeProblem(businessId) == null;
    }

    /**
     * {@code null} when the business ID is valid; otherwise a short message saying what to fix,
     * which never contains the value itself.
     */
    public static String describeProblem(String businessId) {
        if (businessId == null) {
            return MISSING;
        }
        if (!hasFormat(businessId)) {
            return FORMAT;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (businessId.charAt(i) - '0');
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return NO_SUCH_ID;
        }
        int expected = remainder == 0 ? 0 : 11 - remainder;
        return businessId.charAt(LENGTH - 1) - '0' == expected ? null : CHECK_DIGIT;
    }

    /** Exactly 7 ASCII digits, '-', 1 ASCII digit (Character.isDigit would let other scripts' digits in). */
    private static boolean hasFormat(String value) {
        if (value.length() != LENGTH || value.charAt(HYPHEN) != '-') {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (i != HYPHEN && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
