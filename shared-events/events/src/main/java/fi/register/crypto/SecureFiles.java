package fi.register.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/** File operations for key material: owner-only permissions, forced to disk, overwritten before deletion. */
final class SecureFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    private SecureFiles() {
    }

    static FileAttribute<?>[] ownerOnly(Path directory) {
        return isPosix(directory)
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    /** Directories created here are owner-only too: the key files' names are subject ids. */
    static void createDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (isPosix(directory)) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** Writes a file that must not exist yet, forced to disk before it is closed. */
    static void writeNew(Path file, byte[] content) throws IOException {
        FileChannel channel = FileChannel.open(file, CREATE_NEW, ownerOnly(file.getParent()));
        try (channel) {
            writeFully(channel, ByteBuffer.wrap(content));
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // a half-written key file would later read as a damaged key rather than as a missing one
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Makes a rename, link or delete in the directory durable, where the platform lets a directory be synced. */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms cannot open a directory; the rename itself is still atomic there
        }
    }

    /**
     * Overwrites the file's bytes in place, forces them to disk and deletes the file, so the old content is not
     * left in a freed block. Returns false when there was no such file.
     */
    static boolean shred(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            byte[] noise = new byte[(int) Math.min(size, 8192)];
            long position = 0;
            while (position < size) {
                RANDOM.nextBytes(noise);
                ByteBuffer buffer = ByteBuffer.wrap(noise, 0, (int) Math.min(noise.length, size - position));
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
            }
            channel.force(true);
        } catch (NoSuchFileException e) {
            return false;
        }
        boolean deleted = Files.deleteIfExists(file);
        syncDirectory(file.getParent());
        return deleted;
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static boolean isPosix(Path directory) {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
