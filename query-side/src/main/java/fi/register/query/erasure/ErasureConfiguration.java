package fi.register.query.erasure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code register.erasure.exceptions} for the erasure's confirmation and its API preview. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ErasureExceptionSettings.class)
class ErasureConfiguration {
}
