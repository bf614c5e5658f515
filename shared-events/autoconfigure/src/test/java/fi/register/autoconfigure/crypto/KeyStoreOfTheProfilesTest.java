package fi.register.autoconfigure.crypto;

import fi.register.autoconfigure.settings.SharedSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Which key store each profile of register-shared.yml chooses. */
class KeyStoreOfTheProfilesTest {

    @Test
    void keeps_TheKeysInTheReplicaSet_UnderAxonServerWithMongo() {
        assertThat(keyStoreUnder("axonserver", "mongo")).isEqualTo(KeyStoreKind.MONGO);
    }

    @Test
    void keeps_TheKeysInTheEventsDatabase_WhereThereIsOne() {
        assertThat(keyStoreUnder("postgres", "mongo")).isEqualTo(KeyStoreKind.DATABASE);
        assertThat(keyStoreUnder("embedded")).isEqualTo(KeyStoreKind.DATABASE);
    }

    @Test
    void keeps_TheKeyFiles_UnderAxonServerAlone() {
        assertThat(keyStoreUnder("axonserver")).isEqualTo(KeyStoreKind.FILES);
    }

    private static KeyStoreKind keyStoreUnder(String... profiles) {
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(CryptoSettings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .profiles(profiles)
                .properties("spring.config.name=" + SharedSettings.CONFIG_NAME)
                .run()) {
            return settings.getBean(CryptoProperties.class).keyStore();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CryptoProperties.class)
    static class CryptoSettings {
    }
}
