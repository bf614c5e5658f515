package fi.register.autoconfigure.console;

import fi.register.autoconfigure.security.LoginsThrottledException;
import fi.register.autoconfigure.security.RegisterSecurityAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What both sides' console pages share (docs/architecture.md, "Console"): a security chain of its own for the
 * console's paths, before the API's (which stays stateless HTTP Basic for machine clients), signing in with a form
 * against the same users and the same throttled {@code registerAuthentication}; the session cookie's attributes and
 * idle timeout are {@code server.servlet.session.*} settings (register-shared.yml). Also the language (Finnish, Swedish,
 * English), the messages, the sign-in page, the home page and the layout every page is drawn in.
 */
@AutoConfiguration(after = RegisterSecurityAutoConfiguration.class, before = {WebMvcAutoConfiguration.class,
        MessageSourceAutoConfiguration.class, ThymeleafAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ConsoleAutoConfiguration {

    /**
     * Every script the console runs is a file of the register's own (htmx, the chart library, the chart's code): no
     * inline script, no eval, nothing from elsewhere, so an injected script would not run. Inline styles stay allowed
     * for the access copy's page, which carries its style sheet inside it for its PDF.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The language switch's parameter: {@code ?lang=sv}. */
    static final String LANGUAGE_PARAMETER = "lang";

    /**
     * Ordered before the API's chain, which has no order of its own and so comes last. CSRF protection and the
     * security headers (among them {@code Cache-Control: no-store}) are Spring Security's defaults, kept; the
     * Content-Security-Policy is added.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, AuthenticationManager registerAuthentication,
                                                   List<ConsoleAccessRules> consoleAccessRules, SealedSignIn signIn,
                                                   @Value("${server.servlet.session.cookie.name:JSESSIONID}")
                                                   String sessionCookie) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl(ConsolePaths.LOGIN + "?error");
        failure.setExceptionMappings(Map.of(LoginsThrottledException.class.getName(), ConsolePaths.LOGIN + "?throttled"));
        return http
                .securityMatcher(ConsolePaths.ALL)
                .authenticationManager(registerAuthentication)
                .authorizeHttpRequests(pages -> {
                    // the refusal page shows nothing of anyone's: also for a stranger's form without its token
                    pages.requestMatchers(ConsolePaths.LOGIN, ConsolePaths.ASSETS, ConsolePaths.FORBIDDEN).permitAll()
                            .requestMatchers(ConsolePaths.HOME).authenticated();
                    consoleAccessRules.forEach(rules -> rules.declare(pages));
                    // a console page nobody claimed is nobody's
                    pages.anyRequest().denyAll();
                })
                // who is signed in travels sealed between the sides; the session keeps only a side's own page state
                .securityContext(context -> context.securityContextRepository(signIn))
                .addFilterAfter(new SignInKeptAlive(signIn), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage(ConsolePaths.LOGIN).failureHandler(failure).permitAll())
                .logout(logout -> logout.logoutUrl(ConsolePaths.LOGOUT).logoutSuccessUrl(ConsolePaths.LOGIN + "?logout")
                        .deleteCookies(SealedSignIn.COOKIE, sessionCookie))
                .headers(headers -> headers.contentSecurityPolicy(policy ->
                        policy.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signInPage())
                        .accessDeniedHandler(forbiddenPage()))
                .build();
    }

    /** A stranger to the sign-in page; an htmx request to a reload of its page, which then goes there (HtmxAnswers). */
    private static AuthenticationEntryPoint signInPage() {
        DelegatingAuthenticationEntryPoint signIn = new DelegatingAuthenticationEntryPoint(new LinkedHashMap<>(
                Map.<RequestMatcher, AuthenticationEntryPoint>of(HtmxAnswers::isHtmx, (request, response, signedOut) ->
                        HtmxAnswers.reloadThePage(response, HttpStatus.UNAUTHORIZED))));
        signIn.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(ConsolePaths.LOGIN));
        return signIn;
    }

    /**
     * The 403 page, drawn for the refused request as it came (also for a form without its CSRF token); an htmx request
     * to a reload of its page, which then meets the same refusal (HtmxAnswers).
     */
    private static AccessDeniedHandler forbiddenPage() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        page.setErrorPage(ConsolePaths.FORBIDDEN);
        return new RequestMatcherDelegatingAccessDeniedHandler(new LinkedHashMap<>(
                Map.<RequestMatcher, AccessDeniedHandler>of(HtmxAnswers::isHtmx, (request, response, denied) ->
                        HtmxAnswers.reloadThePage(response, HttpStatus.FORBIDDEN))), page);
    }

    /**
     * The sign-in every instance of both sides can read: idle time as the session's ({@code server.servlet.session
     * .timeout}), and a lifetime however active the user is.
     */
    @Bean
    SealedSignIn consoleSignIn(Clock clock, @Value("${register.console.sign-in-key:}") String key,
                               @Value("${register.console.sign-in-key-file:}") String keyFile,
                               @Value("${server.servlet.session.timeout:15m}") Duration idle,
                               @Value("${register.console.sign-in-lifetime:12h}") Duration lifetime) {
        return new SealedSignIn(SignInKey.from(key, keyFile), clock, idle, lifetime);
    }

    @Bean
    ConsoleAccessRules consoleHasNoSharedRoleScreens() {
        // the home page and the sign-in are above; the pages of each role are declared by the side that serves them
        return pages -> {
        };
    }

    /** Named as Spring MVC looks it up, so it replaces Spring Boot's Accept-Language resolver. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return new ConsoleLocaleResolver();
    }

    /** Named as Spring looks it up; the console's texts in fi (the default), sv and en. */
    @Bean(name = "messageSource")
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        // console/notice: the public privacy notice's words (fi, en), beside the console's
        // console/words: the codes' words, shared with the access copy so no code is worded twice
        messages.setBasenames("console/messages", "console/notice", ConsoleWords.BUNDLE);
        messages.setDefaultEncoding("UTF-8");
        // a language without its own file reads Finnish, whatever the server's own language is
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The clinic's time zone, in which every page shows times ({@code ${@clinicTime.at(t, #locale)}}). */
    @Bean
    ClinicTime clinicTime(@Value("${register.clinic.time-zone:Europe/Helsinki}") ZoneId zone) {
        return new ClinicTime(zone);
    }

    /** The codes in words on every page ({@code ${@words.of('bookingStatus', x.status, #locale)}}). */
    @Bean(name = "words")
    ConsoleWords consoleWords(MessageSource messageSource) {
        return new ConsoleWords(messageSource);
    }

    @Bean
    ConsoleForbiddenController consoleForbiddenPage() {
        return new ConsoleForbiddenController();
    }

    @Bean
    WebMvcConfigurer consolePages() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
                languageSwitch.setParamName(LANGUAGE_PARAMETER);
                languageSwitch.setIgnoreInvalidLocale(true);
                registry.addInterceptor(languageSwitch).addPathPatterns(ConsolePaths.ALL);
                registry.addInterceptor(new HtmxAnswers()).addPathPatterns(ConsolePaths.ALL);
            }

            /**
             * A page's WebJar (htmx, a chart library), under the console's assets so the console's chain serves it to
             * the signed-in browser without the API's Basic challenge: from the register's own jars, never a CDN. Also
             * without its version in the path ({@code webjars/htmx.org/dist/htmx.min.js}), so the parent pom's pin is
             * the one place a version is written.
             */
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                registry.addResourceHandler(ConsolePaths.WEBJARS)
                        .addResourceLocations("classpath:/META-INF/resources/webjars/")
                        .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
            }

            @Override
            public void addViewControllers(ViewControllerRegistry registry) {
                registry.addViewController(ConsolePaths.LOGIN).setViewName("console/login");
                registry.addViewController(ConsolePaths.HOME).setViewName("console/home");
            }
        };
    }
}
