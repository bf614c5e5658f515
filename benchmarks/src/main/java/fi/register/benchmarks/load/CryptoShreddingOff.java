package fi.register.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The register jar launched with crypto-shredding off on its event path, without a switch in the product: a jar
 * written here holds {@code fi.register.benchmarks.plainserializer}'s classes and the auto-configuration entry naming
 * {@code PlainJacksonSerializers}, and goes on the register's class path for this launch only (as the SQLite candidates' jars do).
 */
final class CryptoShreddingOff {

    private static final String CONFIGURATION = "fi.register.benchmarks.plainserializer.PlainJacksonSerializers";
    private static final List<String> CLASSES = List.of(CONFIGURATION,
            "fi.register.benchmarks.plainserializer.PlainJsonKeepingKeys",
            "fi.register.benchmarks.plainserializer.PlainJsonKeepingKeys$Personal");
    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    private CryptoShreddingOff() {
    }

    static RegisterLaunch launch(Path dir) {
        return new RegisterLaunch(List.of(), List.of(writeJar(dir)),
                // a standard Spring Boot setting: lets the jar's serializer beans replace the register's by name
                List.of("--spring.main.allow-bean-definition-overriding=true"));
    }

    private static Path writeJar(Path dir) {
        Path jar = dir.resolve("plain-jackson-serializers.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : CLASSES) {
                String classFile = name.replace('.', '/') + ".class";
                try (InputStream bytes = CryptoShreddingOff.class.getClassLoader().getResourceAsStream(classFile)) {
                    if (bytes == null) {
                        throw new IllegalStateException(classFile + " is not on the benchmarks' class path");
                    }
                    out.putNextEntry(new JarEntry(classFile));
                    bytes.transferTo(out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry(IMPORTS));
            out.write((CONFIGURATION + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
