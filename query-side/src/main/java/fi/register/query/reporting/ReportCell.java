package fi.register.query.reporting;

import java.util.Map;

/**
 * One count of the report and the dimension codes it is counted by. A small count is suppressed: {@code count} is
 * {@code null} and {@code suppressed} is {@code true}, so the field keeps one JSON type (a number or null) and a
 * client cannot mistake a suppressed cell for zero. Zero counts are not listed at all.
 */
record ReportCell(Map<String, String> dimensions, Long count, boolean suppressed) {
}
