package fi.register.benchmarks.crypto;

import fi.register.crypto.DataKeyStore;
import fi.register.crypto.SubjectErasedException;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Data keys in a map, so the serializer benchmarks measure the serializers and not the disk; the everest extension
 * gets the same kind of store ({@link EverestSerializers}), which keeps the comparison fair.
 */
final class InMemoryDataKeyStore implements DataKeyStore {

    private final Map<UUID, SecretKey> keys = new ConcurrentHashMap<>();
    private final Set<UUID> destroyed = ConcurrentHashMap.newKeySet();

    @Override
    public SecretKey keyFor(UUID subjectId) {
        if (destroyed.contains(subjectId)) {
            throw new SubjectErasedException("Subject " + subjectId + " was erased");
        }
        return keys.computeIfAbsent(subjectId, id -> newAesKey());
    }

    @Override
    public Optional<SecretKey> find(UUID subjectId) {
        return Optional.ofNullable(keys.get(subjectId));
    }

    @Override
    public void destroy(UUID subjectId) {
        destroyed.add(subjectId);
        keys.remove(subjectId);
    }

    @Override
    public boolean isDestroyed(UUID subjectId) {
        return destroyed.contains(subjectId);
    }

    static SecretKey newAesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
