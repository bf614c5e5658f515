package fi.register.guard;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Realistic values the register accepts, and real identity codes in every disguise it must refuse, generated from a
 * fixed seed: the corpus on which the screen's false-positive and false-negative rates are measured (README).
 */
final class ScreeningCorpus {

    private static final String HEX = "0123456789abcdef";

    private final Random random;

    ScreeningCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Each kind of legitimate value, by name, with a generator of one value. */
    Map<String, Supplier<String>> legitimateValues() {
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("mobile phone, 10 digits (0401234567)", this::mobileCompact);
        kinds.put("mobile phone, spaced (040 123 4567)", () -> spaced(mobileCompact()));
        kinds.put("mobile phone, international (+358 40 1234567)", () -> "+358" + mobileCompact().substring(1));
        kinds.put("landline (09 1234567)", () -> "09 " + digits(7));
        kinds.put("business id (Y-tunnus)", this::businessId);
        kinds.put("IBAN, compact (FI2112345600000785)", this::finnishIban);
        kinds.put("IBAN, spaced in fours", () -> spacedInFours(finnishIban()));
        kinds.put("payment reference (viitenumero)", this::paymentReference);
        kinds.put("e-invoice address (0037 + business id)", () -> "0037" + businessId().replace("-", ""));
        kinds.put("e-mail, 32 hexadecimal characters", () -> hex(32) + "@example.fi");
        kinds.put("order reference (ORD-yyyy-nnnnnn)", () -> "ORD-" + (2020 + random.nextInt(10)) + "-" + digits(6));
        kinds.put("postal code and town", () -> digits(5) + " Helsinki");
        kinds.put("date, Finnish (13.10.1952)", () -> {
            LocalDate date = randomDate();
            return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
        });
        kinds.put("timestamp, ISO 8601 extended", () -> randomDate().atTime(random.nextInt(24), random.nextInt(60))
                + ":" + String.format("%02d", random.nextInt(60)) + "+02:00");
        kinds.put("device serial (NS-nnnnnnnnnnnn)", () -> "NS-" + digits(12));
        return kinds;
    }

    /** Each disguise, by name, applied to a real code in its classic form (DDMMYY-NNNC). */
    Map<String, Function<String, String>> disguises() {
        Map<String, Function<String, String>> kinds = new LinkedHashMap<>();
        kinds.put("classic", code -> code);
        kinds.put("in a sentence", code -> "asiakkaan hetu on " + code + ", kiitos");
        kinds.put("lower case, 2000s letter sign", code -> code.replace('-', 'a').toLowerCase());
        kinds.put("no century sign", code -> code.replace("-", ""));
        kinds.put("space for the sign", code -> code.replace('-', ' '));
        kinds.put("line break beside the sign", code -> code.replace("-", "\n-"));
        kinds.put("digit in front", code -> "0" + code);
        kinds.put("zero-width space inside", code -> code.substring(0, 3) + "\u200B" + code.substring(3));
        kinds.put("soft hyphen for the sign", code -> code.replace("-", "\u00AD"));
        kinds.put("en dash for the sign", code -> code.replace('-', '\u2013'));
        kinds.put("full-width", ScreeningCorpus::fullWidth);
        kinds.put("Cyrillic letter sign", code -> code.replace('-', '\u0410'));
        kinds.put("combining mark on each digit", code -> code.replaceAll("([0-9])", "$1\u0332"));
        kinds.put("Arabic-Indic digits", code -> shiftDigits(code, 0x0660));
        return kinds;
    }

    /** A real code (born 1900-2025, individual number 002-899, its check character) in its classic form. */
    String realCode() {
        String date = randomDate().format(java.time.format.DateTimeFormatter.ofPattern("ddMMyy"));
        String number = String.format("%03d", 2 + random.nextInt(898));
        return date + "-" + number + PersonalIdentityCodeCheck.checkCharacterOf(date + number);
    }

    /** Generates {@code count} values of each kind. */
    static <T> List<T> times(int count, Supplier<T> supplier) {
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(supplier.get());
        }
        return values;
    }

    private String mobileCompact() {
        String[] prefixes = {"040", "041", "044", "045", "046", "050"};
        return prefixes[random.nextInt(prefixes.length)] + digits(7);
    }

    private static String spaced(String mobile) {
        return mobile.substring(0, 3) + " " + mobile.substring(3, 6) + " " + mobile.substring(6);
    }

    private String businessId() {
        while (true) {
            String seven = digits(7);
            for (int check = 0; check <= 9; check++) {
                String id = seven + "-" + check;
                if (BusinessIdCheck.isValid(id)) {
                    return id;
                }
            }
        }
    }

    private String finnishIban() {
        String account = digits(14);
        // ISO 13616: move "FI00" to the end, letters as numbers (F=15, I=18), check = 98 - (number mod 97)
        int remainder = new BigInteger(account + "151800").mod(BigInteger.valueOf(97)).intValue();
        return String.format("FI%02d%s", 98 - remainder, account);
    }

    private static String spacedInFours(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private String paymentReference() {
        String base = digits(3 + random.nextInt(16)).replaceFirst("^0", "1");
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += (base.charAt(base.length() - 1 - i) - '0') * weights[i % 3];
        }
        return base + (10 - sum % 10) % 10;
    }

    private LocalDate randomDate() {
        return LocalDate.of(1900, 1, 1).plusDays(random.nextInt(125 * 365));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String hex(int count) {
        StringBuilder hex = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            hex.append(HEX.charAt(random.nextInt(16)));
        }
        return hex.toString();
    }

    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append((char) (c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c)));
        return wide.toString();
    }

    private static String shiftDigits(String text, int zero) {
        StringBuilder shifted = new StringBuilder();
        text.chars().forEach(c -> shifted.appendCodePoint(c >= '0' && c <= '9' ? zero + c - '0' : c));
        return shifted.toString();
    }
}
