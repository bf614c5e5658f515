package fi.register.testsupport;

import fi.register.autoconfigure.crypto.CryptoProperties;
import fi.register.autoconfigure.parties.NamedParties;
import fi.register.autoconfigure.security.AccessRules;
import fi.register.autoconfigure.security.UsersProperties;
import fi.register.crypto.CryptoShreddingSerializer;
import fi.register.crypto.PersonalDataProtection;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shared auto-configuration promises each application, alone or both sides in one JVM: exactly one of each
 * piece of wiring, never one per side, and every serializer Axon uses is the crypto-shredding one.
 */
public final class SharedWiring {

    private static final List<Class<?>> EXACTLY_ONE = List.of(UserDetailsService.class,
            PersonalDataProtection.class, Clock.class, ResponseEntityExceptionHandler.class, CryptoProperties.class,
            UsersProperties.class, NamedParties.class, AuthenticationManager.class);

    private SharedWiring() {
    }

    /** Asserts the wiring is there once, and that the application declares this many sides' access rules. */
    public static void assertWiredOnce(ApplicationContext context, int sides) {
        for (Class<?> type : EXACTLY_ONE) {
            assertThat(context.getBeanNamesForType(type)).as("beans of type %s", type.getSimpleName()).hasSize(1);
        }
        assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).as("the API's chain and the console's, once each")
                .containsExactlyInAnyOrder("registerSecurityFilterChain", "consoleSecurityFilterChain");
        assertThat(context.getBeanNamesForType(LocaleResolver.class)).as("the console's language, once").hasSize(1);
        assertThat(context.getBeansOfType(AccessRules.class)).as("access rules, one per side").hasSize(sides);
        assertThat(identityCodeScreens(context)).as("identity-code screens: each request is screened once").hasSize(1);
        // failed logins counted and slowed down around passwords verified once, then trusted a while
        assertThat(context.getBean(AuthenticationManager.class)).as("one authentication chain")
                .isInstanceOfSatisfying(ProviderManager.class, manager -> assertThat(manager.getProviders())
                        .extracting(provider -> provider.getClass().getSimpleName()).containsExactly("FailedLogins"));
        Map<String, Serializer> serializers = context.getBeansOfType(Serializer.class);
        assertThat(serializers).as("Axon's serializers").containsOnlyKeys("serializer", "eventSerializer", "messageSerializer");
        assertThat(serializers.values()).allSatisfy(serializer ->
                assertThat(serializer).isInstanceOf(CryptoShreddingSerializer.class));
    }

    private static List<String> identityCodeScreens(ApplicationContext context) {
        return context.getBeansOfType(FilterRegistrationBean.class).entrySet().stream()
                .filter(entry -> entry.getValue().getFilter().getClass().getSimpleName().equals("PersonalIdentityCodeFilter"))
                .map(Map.Entry::getKey)
                .toList();
    }
}
