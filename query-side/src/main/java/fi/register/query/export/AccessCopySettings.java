package fi.register.query.export;

import org.springframework.boot.context.properties.ConfigurationProperties;


/**
 * The access copy's settings ({@code register.access-copy}): the language of a customer whose language is none of the
 * copy's (fi by default). Its times are in the clinic's time zone, {@code register.clinic.time-zone}, as the console's.
 */
@ConfigurationProperties("register.access-copy")
record AccessCopySettings(String defaultLanguage) {

    AccessCopySettings {
        defaultLanguage = AccessCopyLanguage.supported(defaultLanguage) ? defaultLanguage : "fi";
    }
}
