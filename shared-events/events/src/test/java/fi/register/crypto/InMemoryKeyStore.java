package fi.register.crypto;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test double that counts how often it is asked, and can run something in the middle of a destroy. */
class InMemoryKeyStore implements DataKeyStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    final AtomicInteger lookups = new AtomicInteger();
    final AtomicInteger tombstoneChecks = new AtomicInteger();
    private final Map<UUID, SecretKey> keys = new ConcurrentHashMap<>();
    private final Set<UUID> destroyed = ConcurrentHashMap.newKeySet();
    Runnable duringDestroy = () -> { };

    @Override
    public SecretKey keyFor(UUID subjectId) {
        lookups.incrementAndGet();
        if (destroyed.contains(subjectId)) {
            throw new SubjectErasedException("Subject " + subjectId + " was erased");
        }
        return keys.computeIfAbsent(subjectId, id -> {
            byte[] material = new byte[32];
            RANDOM.nextBytes(material);
            return new SecretKeySpec(material, "AES");
        });
    }

    @Override
    public Optional<SecretKey> find(UUID subjectId) {
        lookups.incrementAndGet();
        return destroyed.contains(subjectId) ? Optional.empty() : Optional.ofNullable(keys.get(subjectId));
    }

    @Override
    public void destroy(UUID subjectId) {
        duringDestroy.run();
        destroyed.add(subjectId);
        keys.remove(subjectId);
    }

    @Override
    public boolean isDestroyed(UUID subjectId) {
        tombstoneChecks.incrementAndGet();
        return destroyed.contains(subjectId);
    }
}
