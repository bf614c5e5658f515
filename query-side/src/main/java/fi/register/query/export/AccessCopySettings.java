package fi.register.query.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * The access copy's settings ({@code register.access-copy}): the clinic's time zone its times are shown in (Europe/Helsinki
 * by default, as the command side's booking calendar) and the language of a customer whose language is none of the
 * copy's (fi by default).
 */
@ConfigurationProperties("register.access-copy")
record AccessCopySettings(ZoneId timeZone, String defaultLanguage) {

    AccessCopySettings {
        timeZone = timeZone != null ? timeZone : ZoneId.of("Europe/Helsinki");
        defaultLanguage = AccessCopyLanguage.supported(defaultLanguage) ? defaultLanguage : "fi";
    }
}
