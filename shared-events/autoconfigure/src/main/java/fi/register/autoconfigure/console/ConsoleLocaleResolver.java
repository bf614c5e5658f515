package fi.register.autoconfigure.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The console speaks Finnish unless the user chose Swedish or English with the language switch (kept in a cookie of
 * its own, so the choice outlives the session). The API keeps answering by the Accept-Language header, as before:
 * its clients never see the console's choice.
 */
final class ConsoleLocaleResolver implements LocaleResolver {

    static final Locale FINNISH = Locale.forLanguageTag("fi");
    static final List<Locale> SUPPORTED = List.of(FINNISH, Locale.forLanguageTag("sv"), Locale.ENGLISH);
    static final String COOKIE = "register-lang";

    private final CookieLocaleResolver console = new CookieLocaleResolver(COOKIE);
    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

    ConsoleLocaleResolver() {
        console.setDefaultLocale(FINNISH);
        console.setCookieHttpOnly(true);
        console.setCookieSameSite("Strict");
        console.setCookieMaxAge(Duration.ofDays(365));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (!ConsolePaths.isConsole(request.getRequestURI())) {
            return api.resolveLocale(request);
        }
        Locale chosen = console.resolveLocale(request);
        return SUPPORTED.contains(chosen) ? chosen : FINNISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (ConsolePaths.isConsole(request.getRequestURI()) && SUPPORTED.contains(locale)) {
            console.setLocale(request, response, locale);
        }
    }
}
