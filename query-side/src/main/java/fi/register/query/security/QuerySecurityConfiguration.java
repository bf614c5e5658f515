package fi.register.query.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Every endpoint but health and the API documentation needs an authenticated user; which role may
 * call what each side declares in its access rules. Declared on both sides with the same rules,
 * conditional so the one-JVM register builds it once (whichever side is scanned first). A copy of the
 * command side's: the two must stay identical, since either may be the one in force.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsersProperties.class)
class QuerySecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(QuerySecurityConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain registerSecurityFilterChain(HttpSecurity http, ObjectMapper objectMapper,
                                                    List<Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>> accessRules)
            throws Exception {
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
                    // each side contributes the roles of its own endpoints; an API path nobody claimed is closed
                    accessRules.forEach(rules -> rules.customize(requests));
                    requests.requestMatchers("/api/**").denyAll()
                            .anyRequest().authenticated();
                })
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable()) // stateless API with basic auth: no session cookie to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"register\"");
                            writeProblem(objectMapper, request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Authentication required: send HTTP Basic credentials.");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            log.warn("Access denied: user '{}' to {} {}", request.getRemoteUser(),
                                    request.getMethod(), pathShape(request));
                            writeProblem(objectMapper, request, response, HttpStatus.FORBIDDEN, "forbidden",
                                    "Your role does not allow this request.");
                        }))
                .build();
    }

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    UserDetailsService registerUsers(UsersProperties properties, Environment environment) {
        DemoUsers.refuseOutsideEmbedded(properties, environment);
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        properties.users().forEach(user -> users.createUser(User.withUsername(user.name())
                .password(user.password())
                .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                .build()));
        return users;
    }

    private static void writeProblem(ObjectMapper objectMapper, HttpServletRequest request, HttpServletResponse response,
                                     HttpStatus status, String type, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:register:problem:" + type));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The path as it can be logged: API words and ids stay, any other segment (where a caller might have typed
     * an e-mail address or a name) is masked.
     */
    private static String pathShape(HttpServletRequest request) {
        return request.getRequestURI().replaceAll("/(?![0-9a-fA-F-]{36}(?:/|$))(?![a-z-]+(?:/|$))[^/]+", "/*");
    }
}
