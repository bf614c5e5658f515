package fi.register.benchmarks.report;

/** The facts RESULTS.md opens with, so a reader can tell which code, machine and settings produced the figures. */
public record RunDescription(String date, String commit, String command, String duration, Machine machine,
                             String jmhSettings, String loadSettings) {
}
