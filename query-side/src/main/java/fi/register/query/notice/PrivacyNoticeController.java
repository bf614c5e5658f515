package fi.register.query.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The privacy notice, public (no sign-in): what anyone may read before becoming a customer. In Finnish, or in English
 * with {@code ?lang=en}. Any other language, or none, is answered in Finnish, the notice's own language, rather than
 * with an error: a customer following a link should get a notice they can read beside a link to the other language;
 * {@code Content-Language} says which one was served. The language is the parameter's alone (not the console's
 * cookie nor Accept-Language), so the same link always shows the same text.
 */
@Controller
@Tag(name = "Privacy notice", description = "The privacy notice and the records of processing, from the register's configuration")
class PrivacyNoticeController {

    static final String PATH = "/privacy-notice";
    static final Locale FINNISH = Locale.forLanguageTag("fi");

    private final PrivacyNoticeSource notices;
    private final ITemplateEngine templates;

    PrivacyNoticeController(PrivacyNoticeSource notices, ITemplateEngine templates) {
        this.notices = notices;
        this.templates = templates;
    }

    @GetMapping(PATH)
    @Operation(summary = "The privacy notice as an HTML page, without authentication: lang=fi (the default) or en; any "
            + "other language is answered in Finnish, named in Content-Language.")
    ResponseEntity<String> notice(@RequestParam(name = "lang", required = false) String lang) {
        Locale language = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : FINNISH;
        // drawn with the locale chosen here: the console's locale resolver keeps its cookie for the console's paths
        String page = templates.process("notice/privacy-notice",
                new Context(language, Map.of("notice", notices.notice(), "lang", language.getLanguage())));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage())
                .body(page);
    }
}
