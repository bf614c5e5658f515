package fi.register.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: without it, a figure cannot be compared with another run's. */
public record Machine(int processors, String memory, String cpuModel, String os, String java) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/meminfo"), "MemTotal"),
                firstValue(Path.of("/proc/cpuinfo"), "model name"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
