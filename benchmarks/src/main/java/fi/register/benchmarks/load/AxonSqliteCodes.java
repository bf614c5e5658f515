package fi.register.benchmarks.load;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Axon 4.13 does not know SQLite: its SQLErrorCodesResolver refuses to start ("The database product name 'SQLite' is
 * unknown"), because it must tell a duplicate key (two commands on one aggregate, the losing one gets a
 * ConcurrencyException) from any other failure. The harness supplies SQLite's code in a one-file jar ahead of Axon's
 * on the register's class path; a product on SQLite would declare its own PersistenceExceptionResolver instead.
 */
final class AxonSqliteCodes {

    private static final String RESOURCE = "org/axonframework/eventsourcing/eventstore/jpa/SQLErrorCode.properties";
    /** SQLITE_CONSTRAINT, the primary result code sqlite-jdbc reports for a primary key or unique violation. */
    private static final String CODES = "SQLite.duplicateKeyCodes=19\n";

    private AxonSqliteCodes() {
    }

    static Path writeJar(Path dir) {
        Path jar = dir.resolve("axon-sqlite-error-codes.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(RESOURCE));
            out.write(CODES.getBytes(StandardCharsets.ISO_8859_1));
            out.closeEntry();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
