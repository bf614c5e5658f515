package fi.register.query.reporting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Small-cell suppression: a count from 1 to {@code register.reporting.min-cell} - 1 is not reported, so a manager
 * cannot single out a customer from a tiny group (one company customer of a rare group registered in March, say).
 * {@code min-cell: 1} turns suppression off.
 */
@Component
class SmallCellSuppression {

    private final int minCell;

    SmallCellSuppression(@Value("${register.reporting.min-cell:3}") int minCell) {
        if (minCell < 1) {
            throw new IllegalStateException("register.reporting.min-cell must be at least 1");
        }
        this.minCell = minCell;
    }

    int minCell() {
        return minCell;
    }

    ReportCell cell(Map<String, String> dimensions, long count) {
        boolean suppressed = count > 0 && count < minCell;
        return new ReportCell(dimensions, suppressed ? null : count, suppressed);
    }
}
