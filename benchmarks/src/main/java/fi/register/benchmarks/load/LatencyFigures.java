package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;

import java.util.ArrayList;
import java.util.List;

/** A load result against its baseline result as figures: throughput, p50, p99, p99.9. */
final class LatencyFigures {

    private LatencyFigures() {
    }

    static List<Figure> of(String section, String what, ClosedLoopLoad.Result result,
                           String baselineWhat, ClosedLoopLoad.Result baseline) {
        String clients = result.clients() + (result.clients() == 1 ? " client" : " clients");
        String note = "n=" + result.succeeded() + ", failed=" + result.failed()
                + "; baseline n=" + baseline.succeeded() + ", failed=" + baseline.failed();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.against(section, what + ", " + clients + ": throughput", result.throughputPerSecond(), "req/s",
                baselineWhat, baseline.throughputPerSecond(), note));
        for (double percentile : new double[]{50, 99, 99.9}) {
            String p = "p" + (percentile == Math.rint(percentile) ? Integer.toString((int) percentile) : Double.toString(percentile));
            figures.add(Figure.against(section, what + ", " + clients + ": " + p, result.percentileMillis(percentile), "ms",
                    baselineWhat, baseline.percentileMillis(percentile), ""));
        }
        return figures;
    }
}
