package fi.register.query.notice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The notice's words in one language (console/notice*.properties), for what is assembled outside a template. */
@Component
class NoticeTexts {

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    /** The words of a key, or {@code otherwise} where the key has none (a code another clinic configured). */
    String textOr(Locale language, String key, String otherwise, Object... arguments) {
        return messages.getMessage(key, arguments, otherwise, language);
    }

    /** Codes as words, joined: "sähköposti, tekstiviesti, kirje". A code without its own words is shown as it is. */
    <T> String list(Locale language, String prefix, List<T> codes, Function<T, String> code) {
        return codes.stream()
                .map(each -> messages.getMessage(prefix + code.apply(each), null, code.apply(each), language))
                .collect(Collectors.joining(", "));
    }
}
