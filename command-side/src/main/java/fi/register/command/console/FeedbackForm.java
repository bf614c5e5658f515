package fi.register.command.console;

import fi.register.command.recommendation.RecordProgramFeedbackRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The customer's feedback on a program, as posted: the program, its effect, a rating 1–5. */
record FeedbackForm(String program, String effect, String rating) implements CommandForm<FeedbackForm> {

    static FeedbackForm blank() {
        return new FeedbackForm("", "", "");
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("program", program);
        values.put("effect", effect);
        values.put("rating", rating);
        return values;
    }

    @Override
    public FeedbackForm without(Set<String> fields) {
        Map<String, String> values = values();
        fields.forEach(field -> values.replace(field, ""));
        return new FeedbackForm(values.get("program"), values.get("effect"), values.get("rating"));
    }

    RecordProgramFeedbackRequest toRequest() {
        return new RecordProgramFeedbackRequest(FormFields.given(program), FormFields.given(effect),
                FormFields.number(rating));
    }
}
