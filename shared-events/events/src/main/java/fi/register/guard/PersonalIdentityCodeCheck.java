package fi.register.guard;

/**
 * The arithmetic of a Finnish personal identity code, for telling a real code from text that only has its shape.
 * The check character is the remainder of the nine digits (DDMMYYNNN read as one number) divided by 31, written
 * with the digits and the letters A-Y without G, I, O, Q and Z.
 */
final class PersonalIdentityCodeCheck {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private PersonalIdentityCodeCheck() {
    }

    /**
     * Whether DDMMYY is a date in some century. The century sign may be missing or disguised, so 29 February
     * counts in every year divisible by four (2000 was a leap year, 1900 was not; either may be meant by 00).
     */
    static boolean isRealDate(String ddmmyy) {
        int day = Integer.parseInt(ddmmyy, 0, 2, 10);
        int month = Integer.parseInt(ddmmyy, 2, 4, 10);
        int year = Integer.parseInt(ddmmyy, 4, 6, 10);
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (month == 2 && day == 29) {
            return year % 4 == 0;
        }
        return day <= DAYS_IN_MONTH[month - 1];
    }

    /** Whether {@code check} is the check character of these nine digits (DDMMYYNNN). */
    static boolean isCheckCharacterOf(String nineDigits, char check) {
        return CHECK_CHARACTERS.charAt(Integer.parseInt(nineDigits) % CHECK_CHARACTERS.length()) == check;
    }

    /** The check character of these nine digits, for tests and corpora that need real codes. */
    static char checkCharacterOf(String nineDigits) {
        return CHECK_CHARACTERS.charAt(Integer.parseInt(nineDigits) % CHECK_CHARACTERS.length());
    }
}
