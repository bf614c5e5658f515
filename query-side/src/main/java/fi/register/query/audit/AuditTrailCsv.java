package fi.register.query.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A page of the trail as CSV (RFC 4180: CRLF, quoted where a cell holds a comma, quote or line break; Apache Commons
 * CSV does the quoting), one column per field of the JSON and nothing more. Safe to open in a spreadsheet: a cell that
 * begins with {@code = + - @}, a tab or a carriage return would be read as a formula (CSV injection, OWASP), so it is
 * written with a leading {@code '}, which spreadsheets show as text. Only free text can begin so (a user name, an
 * attempted path never does, but the rule holds for every cell); ids, times and codes never do.
 */
final class AuditTrailCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final List<String> COLUMNS = List.of("kind", "at", "customerId", "sequence", "eventType", "actor",
            "correlationId", "legalBasis", "consentId", "reader", "what", "outcome");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private AuditTrailCsv() {
    }

    static String write(List<AuditEntry> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (AuditEntry entry : entries) {
                csv.printRecord(cells(entry).stream().map(AuditTrailCsv::neutralized).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static List<String> cells(AuditEntry entry) {
        return List.of(text(entry.kind()), text(entry.at()), text(entry.customerId()), text(entry.sequence()),
                text(entry.eventType()), text(entry.actor()), text(entry.correlationId()), text(entry.legalBasis()),
                text(entry.consentId()), text(entry.reader()), text(entry.what()), text(entry.outcome()));
    }

    /** A cell a spreadsheet would evaluate becomes text; the value stays readable after the {@code '}. */
    static String neutralized(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
