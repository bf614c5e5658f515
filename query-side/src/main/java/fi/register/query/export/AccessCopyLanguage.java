package fi.register.query.export;

import java.util.Locale;
import java.util.Set;

/** The languages the copy is written in: the customer's own (fi, sv, en), or one asked for explicitly. */
final class AccessCopyLanguage {

    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private AccessCopyLanguage() {
    }

    static boolean supported(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    /** The language asked for if the copy is written in it, else the customer's, else the clinic's default. */
    static Locale of(String askedFor, String customers, String clinicDefault) {
        String language = supported(askedFor) ? askedFor : supported(customers) ? customers : clinicDefault;
        return Locale.forLanguageTag(language);
    }
}
