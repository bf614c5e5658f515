package fi.register.autoconfigure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.autoconfigure.problem.ProblemDocuments;
import fi.register.autoconfigure.problem.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.util.List;

/**
 * The register's one security chain: every endpoint but health and the API documentation needs an authenticated
 * user; which role may call what each side declares in its {@link AccessRules}. Before Spring Boot's own security
 * configuration, so its defaults (a generated password, a form login) never appear.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(UsersProperties.class)
public class RegisterSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RegisterSecurityAutoConfiguration.class);

    @Bean
    SecurityFilterChain registerSecurityFilterChain(HttpSecurity http, ObjectMapper objectMapper,
                                                    List<AccessRules> accessRules,
                                                    ObjectProvider<DeniedRequests> deniedRequests,
                                                    AuthenticationManager registerAuthentication) throws Exception {
        return http
                .authenticationManager(registerAuthentication)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
                    // each side contributes the roles of its own endpoints; an API path nobody claimed is closed
                    accessRules.forEach(rules -> rules.declare(requests));
                    requests.requestMatchers("/api/**").denyAll()
                            .anyRequest().authenticated();
                })
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable()) // stateless API with basic auth: no session cookie to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> {
                            if (e instanceof LoginsThrottledException throttled) {
                                long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
                                response.setHeader("Retry-After", String.valueOf(seconds));
                                ProblemDocuments.write(objectMapper, response, Refusal.TOO_MANY_FAILED_LOGINS,
                                        "Too many failed logins in a row: try again in " + seconds + " s.");
                                return;
                            }
                            response.setHeader("WWW-Authenticate", "Basic realm=\"register\"");
                            ProblemDocuments.write(objectMapper, response, Refusal.UNAUTHENTICATED,
                                    "Authentication required: send HTTP Basic credentials.");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            log.warn("Access denied: user '{}' to {} {}", request.getRemoteUser(),
                                    request.getMethod(), pathShape(request));
                            deniedRequests.orderedStream().forEach(denied -> denied.record(request, request.getRemoteUser()));
                            ProblemDocuments.write(objectMapper, response, Refusal.FORBIDDEN,
                                    "Your role does not allow this request.");
                        }))
                .build();
    }

    /**
     * Passwords checked against their stored hashes (bcrypt; a demo {noop} is upgraded on the first login), each
     * verified password then trusted for {@code register.security.verified-credentials-ttl} (see VerifiedCredentials).
     */
    @Bean
    AuthenticationManager registerAuthentication(UserDetailsService users, UsersProperties properties, Clock clock) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        if (users instanceof UserDetailsPasswordService upgrades) {
            passwordCheck.setUserDetailsPasswordService(upgrades);
        }
        return new ProviderManager(new FailedLogins(
                new VerifiedCredentials(passwordCheck, users, clock, properties.verifiedCredentialsTtl()),
                users, clock, properties.loginThrottle()));
    }

    @Bean
    UserDetailsService registerUsers(UsersProperties properties, Environment environment) {
        DemoUsers.refuseOutsideEmbedded(properties, environment);
        StrongPasswordHashes.requireOutsideEmbedded(properties, environment);
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        properties.users().forEach(user -> users.createUser(User.withUsername(user.name())
                .password(user.password())
                .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                .build()));
        return users;
    }

    /**
     * The path as it can be logged: API words and ids stay, any other segment (where a caller might have typed
     * an e-mail address or a name) is masked.
     */
    static String pathShape(HttpServletRequest request) {
        return request.getRequestURI().replaceAll("/(?![0-9a-fA-F-]{36}(?:/|$))(?![a-z-]+(?:/|$))[^/]+", "/*");
    }
}
