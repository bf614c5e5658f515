package fi.register.autoconfigure.console;

import org.springframework.context.MessageSource;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words for the codes the register stores ({@code word.<kind>.<code>} in console/words*.properties), so staff read
 * "Toteutunut", not COMPLETED. A code without a word (a customer group added by settings) is shown as it is rather than
 * hidden; ConsoleWordsTest keeps every enum the pages show worded in fi, sv and en.
 */
public final class ConsoleWords {

    /** The bundle of the code words, for a message source of its own (the access copy's). */
    public static final String BUNDLE = "console/words";

    private static final String NONE = "—";

    private final MessageSource messages;

    public ConsoleWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The word for a code of a kind, the code itself when there is none, a dash for no code. */
    public String of(String kind, Object code, Locale language) {
        if (code == null) {
            return NONE;
        }
        String name = code instanceof Enum<?> constant ? constant.name() : code.toString();
        return messages.getMessage("word." + kind + "." + name, null, name, language);
    }

    /** The words for several codes of a kind, joined by commas. */
    public String all(String kind, Collection<?> codes, Locale language) {
        if (codes == null || codes.isEmpty()) {
            return NONE;
        }
        return codes.stream().map(code -> of(kind, code, language)).collect(Collectors.joining(", "));
    }
}
