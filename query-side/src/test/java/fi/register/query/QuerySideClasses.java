package fi.register.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every top-level class of the query side, read from its compiled classes, so a rule checked over them has no list to forget. */
public final class QuerySideClasses {

    private QuerySideClasses() {
    }

    public static List<Class<?>> all() {
        try {
            Path root = Path.of(QuerySideApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root.resolve("fi/register/query"))) {
                return files.map(file -> root.relativize(file).toString())
                        .filter(name -> name.endsWith(".class") && !name.matches(".*\\$\\d.*")) // nested types too, not anonymous ones
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                        .<Class<?>>map(QuerySideClasses::load)
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, QuerySideClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
