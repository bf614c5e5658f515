package fi.register.query.reporting;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

/**
 * Counts the facts of {@link ServiceUseReportProjection} per month, measure and dimensions (a {@code $group} in the
 * store, so only the counts travel), sums the totals, then suppresses small cells. Reads no personal data, so nothing
 * goes to the audit trail of reads.
 */
@Component
class ServiceUseReportReader {

    private final MongoCollection<Document> facts;
    private final SmallCellSuppression suppression;

    ServiceUseReportReader(MongoDatabase projectionDatabase, SmallCellSuppression suppression) {
        this.facts = projectionDatabase.getCollection(ServiceUseReportProjection.FACTS);
        this.suppression = suppression;
    }

    ServiceUseReport read(YearMonth from, YearMonth to) {
        // month -> measure -> dimensions -> count
        Map<String, Map<String, Map<Map<String, String>, Long>>> counts = new HashMap<>();
        Map<String, Map<Map<String, String>, Long>> totals = new HashMap<>();
        List<Document> pipeline = List.of(
                new Document("$match", and(gte("month", from.toString()), lte("month", to.toString()))),
                new Document("$group", new Document("_id", new Document("month", "$month")
                        .append("measure", "$measure").append("dimensions", "$dimensions"))
                        .append("count", new Document("$sum", 1))));
        for (Document group : facts.aggregate(pipeline)) {
            Document key = group.get("_id", Document.class);
            String measure = key.getString("measure");
            Map<String, String> dimensions = dimensions(measure, key.get("dimensions", Document.class));
            long count = ((Number) group.get("count")).longValue();
            counts.computeIfAbsent(key.getString("month"), month -> new HashMap<>())
                    .computeIfAbsent(measure, m -> new HashMap<>())
                    .merge(dimensions, count, Long::sum);
            totals.computeIfAbsent(measure, m -> new HashMap<>()).merge(dimensions, count, Long::sum);
        }
        List<ServiceUseMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(new ServiceUseMonth(month.toString(), cells(counts.getOrDefault(month.toString(), Map.of()))));
        }
        return new ServiceUseReport(from.toString(), to.toString(), suppression.minCell(), months, cells(totals));
    }

    /** Every measure, in a fixed order, each with its cells sorted by their codes: the same history, the same answer. */
    private Map<String, List<ReportCell>> cells(Map<String, Map<Map<String, String>, Long>> byMeasure) {
        Map<String, List<ReportCell>> result = new LinkedHashMap<>();
        for (Measure measure : Measure.values()) {
            List<ReportCell> cells = new ArrayList<>();
            byMeasure.getOrDefault(measure.key(), Map.of())
                    .forEach((dimensions, count) -> cells.add(suppression.cell(dimensions, count)));
            cells.sort(Comparator.comparing(cell -> String.valueOf(cell.dimensions().values())));
            result.put(measure.key(), cells);
        }
        return result;
    }

    /** The dimensions in the measure's order, each present (null when the event had none, e.g. a purpose's channel). */
    private static Map<String, String> dimensions(String measureKey, Document stored) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (Measure measure : Measure.values()) {
            if (measure.key().equals(measureKey)) {
                measure.dimensions().forEach(name -> dimensions.put(name, stored == null ? null : stored.getString(name)));
            }
        }
        return dimensions;
    }
}
