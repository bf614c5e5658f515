package fi.register.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.crypto.BlindIndex;
import fi.register.crypto.PersonalDataProtection;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.function.Predicate;

/**
 * Wires the {@code Idempotency-Key} support of the command side's POSTs (see {@link IdempotentRequestFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    private static final String COMMAND_SIDE = "fi.register.command.";

    /** Keyed by the blind index's reserved data key, under a label of its own: rotated and kept like it. */
    @Bean
    RequestFingerprints requestFingerprints(PersonalDataProtection protection) {
        return RequestFingerprints.derivedFrom(protection.keyStore().keyFor(BlindIndex.KEY_ID).getEncoded());
    }

    @Bean
    IdempotencyRecords idempotencyRecords(DataSource dataSource, Clock clock, IdempotencyProperties properties) {
        IdempotencyRecords records = new IdempotencyRecords(dataSource, clock, properties.ttl());
        records.createTable();
        return records;
    }

    @Bean
    ExpiredAnswersSweep expiredAnswersSweep(IdempotencyRecords records, IdempotencyProperties properties) {
        return new ExpiredAnswersSweep(records, properties.cleanupInterval());
    }

    /**
     * After authentication (the key is the user's) and after the identity-code screen (a refused body never reaches
     * the database), so just before the dispatcher.
     */
    @Bean
    FilterRegistrationBean<IdempotentRequestFilter> idempotentRequestFilter(
            ObjectMapper objectMapper, RequestFingerprints fingerprints, IdempotencyRecords records,
            TransactionManager transactionManager,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
        FilterRegistrationBean<IdempotentRequestFilter> registration = new FilterRegistrationBean<>(
                new IdempotentRequestFilter(objectMapper, fingerprints, records, transactionManager,
                        handledByTheCommandSide(handlers)));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }

    /** In the one-JVM register the query side has POSTs too (a compliance replay): they are not commands. */
    private static Predicate<HttpServletRequest> handledByTheCommandSide(RequestMappingHandlerMapping handlers) {
        return request -> {
            try {
                ServletRequestPathUtils.parseAndCache(request);
                HandlerExecutionChain chain = handlers.getHandler(request);
                return chain != null && chain.getHandler() instanceof HandlerMethod method
                        && method.getBeanType().getPackageName().concat(".").startsWith(COMMAND_SIDE);
            } catch (Exception noHandler) {
                return false; // the dispatcher answers it as it would have
            } finally {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        };
    }
}
