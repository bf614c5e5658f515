package fi.register.benchmarks.crypto;

import engineering.everest.axon.cryptoshredding.CryptoShreddingKeyService;
import engineering.everest.axon.cryptoshredding.TypeDifferentiatedSecretKeyId;
import engineering.everest.axon.cryptoshredding.encryption.DefaultAesEncrypterDecrypterFactory;
import engineering.everest.axon.cryptoshredding.encryption.DefaultAesKeyGenerator;
import engineering.everest.axon.cryptoshredding.persistence.PersistableSecretKey;
import engineering.everest.axon.cryptoshredding.persistence.SecretKeyRepository;
import engineering.everest.axon.cryptoshredding.serialization.CryptoShreddingSerializer;
import engineering.everest.axon.cryptoshredding.serialization.DefaultValueProvider;
import engineering.everest.axon.cryptoshredding.serialization.KeyIdentifierToStringConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The everest extension's serializer wired by hand, without a Spring context. Its key service wants a
 * {@code JpaRepository}; an in-memory one (a map behind a proxy answering the two methods the service calls) stands in
 * for the database, as {@link InMemoryDataKeyStore} does for the register's key files.
 */
final class EverestSerializers {

    private EverestSerializers() {
    }

    static Serializer around(JacksonSerializer wrapped) {
        try {
            var keyService = new CryptoShreddingKeyService(inMemoryRepository(), new DefaultAesKeyGenerator());
            return new CryptoShreddingSerializer(wrapped, keyService, new DefaultAesEncrypterDecrypterFactory(),
                    wrapped.getObjectMapper(), new DefaultValueProvider(), new KeyIdentifierToStringConverter());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    private static SecretKeyRepository inMemoryRepository() {
        Map<TypeDifferentiatedSecretKeyId, PersistableSecretKey> rows = new ConcurrentHashMap<>();
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "findById" -> Optional.ofNullable(rows.get((TypeDifferentiatedSecretKeyId) args[0]));
            case "save" -> {
                var row = (PersistableSecretKey) args[0];
                rows.put(row.getId(), row);
                yield row;
            }
            // create(...) is a default method that calls save(...)
            default -> method.isDefault()
                    ? InvocationHandler.invokeDefault(proxy, method, args)
                    : failUnsupported(method.getName());
        };
        return (SecretKeyRepository) Proxy.newProxyInstance(SecretKeyRepository.class.getClassLoader(),
                new Class<?>[]{SecretKeyRepository.class}, handler);
    }

    private static Object failUnsupported(String method) {
        throw new UnsupportedOperationException("The in-memory key repository does not support " + method);
    }
}
