package fi.register.query.reporting;

import java.util.List;
import java.util.Map;

/** One month (UTC, {@code yyyy-MM}) of the report: every measure by name, each with its non-zero cells. */
record ServiceUseMonth(String month, Map<String, List<ReportCell>> counts) {
}
