package fi.register.benchmarks;

import fi.register.benchmarks.report.Figure;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each load figure of this build beside the same figure of an earlier build, both measured in one run: the honest
 * way to show what a change (a storage engine, a durability setting, the request path) cost or saved on a noisy
 * machine.
 */
final class PreviousBuild {

    static final String SECTION = "This build against an earlier one (same load, same run)";

    private PreviousBuild() {
    }

    static List<Figure> compared(List<Figure> current, List<Figure> previous, String previousName) {
        Map<String, Figure> before = previous.stream()
                .collect(Collectors.toMap(PreviousBuild::key, Function.identity(), (first, second) -> first));
        return current.stream()
                .filter(figure -> before.containsKey(key(figure)))
                .map(figure -> Figure.against(SECTION, figure.name(), figure.value(), figure.unit(),
                        previousName, before.get(key(figure)).value(), figure.section()))
                .toList();
    }

    private static String key(Figure figure) {
        return figure.section() + "|" + figure.name();
    }
}
