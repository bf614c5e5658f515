package fi.register.autoconfigure.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The forms that correct one of a customer's records (right to rectification): one definition per kind of record,
 * what differs between them, and one template ({@code console/record-correction}) and one controller on each side for
 * all. The query side draws the form prefilled from the card's view (the command side keeps no readable copy), the
 * command side takes its post through the record's merge patch and draws it again on a refusal; both read the fields,
 * their labels and the addresses from here, so the two drawings cannot drift apart.
 */
public enum CorrectedRecord {

    INTERVIEW("interviews", "interviewCorrection", "interviewCorrection.submit", null,
            Field.area("challenges", "interview.challenges"),
            Field.area("programPreferences", "interview.programPreferences"),
            Field.typed("dateOfBirth", "interviewCorrection.dateOfBirth", "date")),
    DELIVERY_ADDRESS("orders", "addressCorrection", "addressCorrection.submit", "order.deliveryAddress",
            Field.typed("street", "registration.street", "text"),
            Field.typed("postalCode", "registration.postalCode", "text"),
            Field.typed("city", "registration.city", "text"),
            Field.typed("country", "registration.country", "text")),
    RECOMMENDATION("recommendations", "recommendationCorrection", "interviewCorrection.submit", null,
            Field.typed("program", "recommendation.program", "text"),
            Field.typed("intensity", "recommendation.intensity", "text"),
            Field.typed("durationMinutes", "recommendation.durationMinutes", "number"),
            Field.area("rationale", "recommendation.rationale")),
    FEEDBACK("feedback", "feedbackCorrection", "interviewCorrection.submit", null,
            Field.typed("program", "feedback.program", "text"),
            Field.area("effect", "feedback.effect"),
            Field.typed("rating", "feedback.rating", "number"));

    /**
     * The records' path segments as a mapping's pattern ({@code {records:...}}), which an annotation takes only as a
     * constant: {@code CorrectedRecordTest} keeps it equal to the segments above.
     */
    public static final String SEGMENTS = "interviews|orders|recommendations|feedback";

    /** One field of the form: its name (the API's), the message key of its label, and how it is typed. */
    public record Field(String name, String label, String input) {

        static Field typed(String name, String label, String input) {
            return new Field(name, label, input);
        }

        static Field area(String name, String label) {
            return new Field(name, label, "area");
        }

        public boolean isArea() {
            return "area".equals(input);
        }
    }

    private final String segment;
    private final String messages;
    private final String submit;
    private final String legend;
    private final List<Field> fields;

    CorrectedRecord(String segment, String messages, String submit, String legend, Field... fields) {
        this.segment = segment;
        this.messages = messages;
        this.submit = submit;
        this.legend = legend;
        this.fields = List.of(fields);
    }

    public static Optional<CorrectedRecord> bySegment(String segment) {
        return Arrays.stream(values()).filter(record -> record.segment.equals(segment)).findFirst();
    }

    /** The record's collection in the card's and the API's paths: {@code /customers/{id}/<segment>/{recordId}}. */
    public String segment() {
        return segment;
    }

    /** The prefix of the page's own messages: {@code .title}, {@code .heading}, {@code .refused}. */
    public String messages() {
        return messages;
    }

    /** The message key of the button's text. */
    public String submit() {
        return submit;
    }

    /** The message key of a legend that groups the fields as one value (the address), or null. */
    public String legend() {
        return legend;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    /** Health data (all but the address): corrected only while the health-data consent is in force, as the page says. */
    public boolean isHealthData() {
        return this != DELIVERY_ADDRESS;
    }

    /** The interview's services are shown on its form, not corrected, and posted back so a refusal shows them again. */
    public boolean showsServices() {
        return this == INTERVIEW;
    }
}
