package fi.register.query.reporting;

import java.util.List;
import java.util.Map;

/**
 * The statistics of service use for the months {@code from} to {@code to}, both included: a row per month, and the
 * totals over the whole range (summed before suppression, then suppressed on their own). {@code minCell} is the
 * smallest count reported as a number.
 */
record ServiceUseReport(String from, String to, int minCell, List<ServiceUseMonth> months,
                        Map<String, List<ReportCell>> totals) {
}
