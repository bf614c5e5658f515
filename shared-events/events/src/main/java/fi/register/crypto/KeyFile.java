package fi.register.crypto;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The on-disk layout of the file key store, shared by the store and the master key rotation.
 * {@code <uuid>.key}: version byte, length-prefixed id of the master key that wrapped it, the wrapped key.
 * {@code <uuid>.erased}: empty tombstone. {@code <uuid>.<n>.key.tmp}: a key file being written.
 */
final class KeyFile {

    static final String KEY_SUFFIX = ".key";
    static final String TOMBSTONE_SUFFIX = ".erased";
    static final String TEMP_SUFFIX = ".key.tmp";
    /** Older temp files belong to a crashed writer; younger ones may be another process's in-flight write. */
    static final Duration STALE_TEMP_AGE = Duration.ofMinutes(1);

    private static final byte VERSION = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {
    }

    record Content(String masterKeyId, byte[] wrapped) {
    }

    static Path keyPath(Path directory, UUID subjectId) {
        return directory.resolve(subjectId + KEY_SUFFIX);
    }

    static Path tombstonePath(Path directory, UUID subjectId) {
        return directory.resolve(subjectId + TOMBSTONE_SUFFIX);
    }

    /** A fresh name beside the key file, for a temp file or a second link; never an existing file's. */
    static Path tempPath(Path directory, UUID subjectId) {
        return directory.resolve(subjectId + "." + Long.toUnsignedString(RANDOM.nextLong()) + TEMP_SUFFIX);
    }

    static byte[] encode(String masterKeyId, byte[] wrapped) {
        byte[] id = masterKeyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length + wrapped.length)
                .put(VERSION).put((byte) id.length).put(id).put(wrapped)
                .array();
    }

    static Content decode(UUID subjectId, byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != VERSION || bytes.length <= 2 + (bytes[1] & 0xff)) {
            throw new IllegalStateException("The key file of subject " + subjectId + " is damaged or of an unknown version");
        }
        int idLength = bytes[1] & 0xff;
        String masterKeyId = new String(bytes, 2, idLength, StandardCharsets.US_ASCII);
        byte[] wrapped = new byte[bytes.length - 2 - idLength];
        System.arraycopy(bytes, 2 + idLength, wrapped, 0, wrapped.length);
        return new Content(masterKeyId, wrapped);
    }

    /** The key in the subject's file, unwrapped by whichever known master wrapped it; empty when there is no file. */
    static Optional<SecretKey> read(Path directory, UUID subjectId, Map<String, MasterKey> mastersById) {
        Optional<Content> content = readContent(directory, subjectId);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        MasterKey master = mastersById.get(content.get().masterKeyId());
        if (master == null) {
            throw new IllegalStateException("The key file of subject " + subjectId + " was wrapped by master key "
                    + content.get().masterKeyId() + ", which is not configured (configured: " + mastersById.keySet() + ")");
        }
        return Optional.of(master.unwrap(subjectId, content.get().wrapped()));
    }

    static Optional<Content> readContent(Path directory, UUID subjectId) {
        try {
            return Optional.of(decode(subjectId, Files.readAllBytes(keyPath(directory, subjectId))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file of subject " + subjectId, e);
        }
    }

    static Path writeTemp(Path directory, UUID subjectId, byte[] content) throws IOException {
        Path temp = tempPath(directory, subjectId);
        SecureFiles.writeNew(temp, content);
        return temp;
    }

    /** The subject ids of all key files; anything else in the directory (the master key, tombstones) is skipped. */
    static List<UUID> subjects(Path directory) throws IOException {
        List<UUID> subjects = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + KEY_SUFFIX)) {
            for (Path file : files) {
                subjectOf(file, KEY_SUFFIX).ifPresent(subjects::add);
            }
        }
        return subjects;
    }

    static List<UUID> tombstones(Path directory) throws IOException {
        List<UUID> subjects = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + TOMBSTONE_SUFFIX)) {
            for (Path file : files) {
                subjectOf(file, TOMBSTONE_SUFFIX).ifPresent(subjects::add);
            }
        }
        return subjects;
    }

    /**
     * Removes temp files that a crashed writer left behind; they hold wrapped keys, so they are shredded,
     * except a name that is still a second link to a live key file, where shredding would destroy the live key.
     */
    static int removeStaleTemps(Path directory, Instant now) throws IOException {
        FileTime staleBefore = FileTime.from(now.minus(STALE_TEMP_AGE));
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + TEMP_SUFFIX)) {
            for (Path temp : files) {
                String name = temp.getFileName().toString();
                Optional<UUID> subject = parse(name.substring(0, Math.max(0, name.indexOf('.'))));
                if (subject.isEmpty() || Files.getLastModifiedTime(temp).compareTo(staleBefore) >= 0) {
                    continue;
                }
                Path live = keyPath(directory, subject.get());
                if (Files.exists(live) && Files.isSameFile(temp, live)) {
                    Files.deleteIfExists(temp);
                } else {
                    SecureFiles.shred(temp);
                }
                removed++;
            }
        }
        return removed;
    }

    private static Optional<UUID> subjectOf(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.endsWith(suffix) ? parse(name.substring(0, name.length() - suffix.length())) : Optional.empty();
    }

    private static Optional<UUID> parse(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(text);
            // only the canonical spelling, the one keyPath() would look up
            return uuid.toString().equals(text) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
