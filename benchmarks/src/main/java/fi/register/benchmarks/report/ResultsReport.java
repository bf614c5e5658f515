package fi.register.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes RESULTS.md: where and how the run was made, then every figure beside its baseline and their ratio. */
public final class ResultsReport {

    /** What the issue asks for that this harness does not measure yet; benchmarks/README.md says how to add each. */
    private static final List<String> NOT_MEASURED = List.of(
            "Crypto-shredding fully off over HTTP: the crypto-off register still creates the subjects' keys, seals its "
                    + "views and computes the blind index (only the messages' encryption is off; PlainJsonKeepingKeys "
                    + "says why).",
            "Compliance replay at 1M generated events in the standard run (`--replay-events=100000,1000000`: "
                    + "generating 1M takes about half an hour here; one manual run is in docs/architecture.md).",
            "Erasure with 5,000 events of history in the standard run (`--erasure-histories=5,500,5000`, up to eight "
                    + "more minutes of set-up per length; one run is in docs/architecture.md).",
            "Event store candidates in the standard run (`--event-store-candidates=h2,h2-delay,postgres,sqlite-full,"
                    + "sqlite-normal`, about 50 minutes; one run is in docs/architecture.md); the mongo and axonserver "
                    + "profiles need servers this machine does not run.");

    private ResultsReport() {
    }

    public static void write(Path file, RunDescription run, List<Figure> figures) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `benchmarks/run`; what each figure means is in [README.md](README.md). ")
                .append("The machine is shared and noisy, so read the **ratio** to the baseline measured in the same run; ")
                .append("absolute figures move between runs.\n\n");
        md.append("| | |\n| --- | --- |\n");
        row(md, "date", run.date());
        row(md, "commit", "`" + run.commit() + "`");
        row(md, "command", "`" + run.command() + "`");
        row(md, "run took", run.duration());
        row(md, "processors (nproc)", Integer.toString(run.machine().processors()));
        row(md, "memory", run.machine().memory());
        row(md, "CPU", run.machine().cpuModel());
        row(md, "OS", run.machine().os());
        row(md, "Java", run.machine().java());
        row(md, "JMH", run.jmhSettings());
        row(md, "load", run.loadSettings());
        md.append('\n');

        md.append(tables(figures));

        md.append("## Not measured yet\n\n");
        NOT_MEASURED.forEach(item -> md.append("- ").append(item).append('\n'));
        Files.writeString(file, md.toString());
    }

    /** The figures as RESULTS.md's tables, one section each, in the order first met: also for a part run on its own. */
    public static String tables(List<Figure> figures) {
        StringBuilder md = new StringBuilder();
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        for (Figure figure : figures) {
            StringBuilder table = sections.computeIfAbsent(figure.section(), s -> new StringBuilder()
                    .append("| figure | value | baseline | baseline value | ratio | note |\n")
                    .append("| --- | ---: | --- | ---: | ---: | --- |\n"));
            table.append("| ").append(figure.name())
                    .append(" | ").append(value(figure.value(), figure.error(), figure.unit()))
                    .append(" | ").append(figure.baselineName().isEmpty() ? "–" : figure.baselineName())
                    .append(" | ").append(figure.baselineName().isEmpty() ? "–"
                            : value(figure.baseline(), figure.baselineError(), figure.unit()))
                    .append(" | ").append(Double.isNaN(figure.ratio()) ? "–" : format("%.2f×", figure.ratio()))
                    .append(" | ").append(figure.note()).append(" |\n");
        }
        sections.forEach((section, table) -> md.append("## ").append(section).append("\n\n").append(table).append('\n'));
        return md.toString();
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    private static String value(double value, double error, String unit) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        String number = format(value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.3f", value);
        String plusMinus = Double.isNaN(error) ? "" : " ± " + format(error >= 100 ? "%.0f" : error >= 10 ? "%.1f" : "%.3f", error);
        return number + plusMinus + " " + unit;
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
