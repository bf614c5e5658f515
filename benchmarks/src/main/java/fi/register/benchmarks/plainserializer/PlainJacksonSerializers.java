package fi.register.benchmarks.plainserializer;

import fi.register.crypto.CryptoShreddingSerializer;
import fi.register.crypto.PersonalDataProtection;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Crypto-shredding off, for a benchmark only: Axon's plain {@link JacksonSerializer}, with the register's own mapper,
 * in place of the crypto-shredding serializer for events, snapshots and messages; the subjects' keys are still created
 * where they would be ({@link PlainJsonKeepingKeys} says why). Never part of the register: the
 * harness writes this class into a jar of its own and puts it on the register's class path ({@code loader.path}) with
 * {@code spring.main.allow-bean-definition-overriding=true}, so these beans replace the register's by name. Ordered
 * after the register's crypto configuration, whose definitions it replaces, and before Axon's, which uses them.
 * The projections still seal their views and the blind index is still computed: what is off is the encryption of the
 * messages' personal values.
 */
@AutoConfiguration(afterName = "fi.register.autoconfigure.crypto.CryptoShreddingAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class PlainJacksonSerializers {

    @Bean
    @Primary
    Serializer serializer(PersonalDataProtection protection) {
        return plainJackson(protection);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(PersonalDataProtection protection) {
        return plainJackson(protection);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(PersonalDataProtection protection) {
        return plainJackson(protection);
    }

    private static Serializer plainJackson(PersonalDataProtection protection) {
        return new PlainJsonKeepingKeys(JacksonSerializer.builder().objectMapper(CryptoShreddingSerializer.objectMapper())
                .build(), protection.keyStore());
    }
}
