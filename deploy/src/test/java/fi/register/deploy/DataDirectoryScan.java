package fi.register.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every byte of every file under the data directory and reports which of the given values
 * appear in it, in the encodings a store might use (UTF-8, UTF-16 either way round), whatever the
 * case of its ASCII letters (a store or an index may keep a value lower-cased; letters such as ä
 * are compared as they are). Reports the file and the index of the value, never the value, so test
 * output stays clean.
 */
final class DataDirectoryScan {

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    private DataDirectoryScan() {
    }

    static List<String> findings(Path dataDir, List<String> values) {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i < values.size(); i++) {
                    for (Charset encoding : ENCODINGS) {
                        if (indexOf(bytes, values.get(i).getBytes(encoding)) >= 0) {
                            findings.add(dataDir.relativize(file) + " holds value #" + i + " as " + encoding);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    static long fileCount(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (asciiLowerCase(haystack[i + j]) != asciiLowerCase(needle[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Folds A-Z to a-z byte by byte: right for ASCII in UTF-8 and, since the other byte is zero, in UTF-16. */
    private static byte asciiLowerCase(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }
}
