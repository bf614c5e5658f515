package fi.register.benchmarks.report;

/**
 * One measured figure beside the baseline measured in the same run. On a shared, noisy machine the absolute numbers
 * move from run to run; the ratio to a baseline taken under the same noise is what can be compared between runs.
 *
 * @param error half-width of the confidence interval JMH reports, or NaN where there is none
 */
public record Figure(String section, String name, double value, double error, String unit,
                     String baselineName, double baseline, double baselineError, String note) {

    /** A figure without a baseline of its own (it is someone else's baseline, or none exists yet). */
    public static Figure alone(String section, String name, double value, String unit, String note) {
        return new Figure(section, name, value, Double.NaN, unit, "", Double.NaN, Double.NaN, note);
    }

    public static Figure against(String section, String name, double value, String unit,
                                 String baselineName, double baseline, String note) {
        return new Figure(section, name, value, Double.NaN, unit, baselineName, baseline, Double.NaN, note);
    }

    public double ratio() {
        return baseline > 0 ? value / baseline : Double.NaN;
    }
}
