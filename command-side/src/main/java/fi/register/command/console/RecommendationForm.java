package fi.register.command.console;

import fi.register.command.recommendation.RecommendProgramRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A relaxation program recommended, as posted; the duration in minutes as the number field gives it. */
record RecommendationForm(String program, String intensity, String durationMinutes, String rationale)
        implements CommandForm<RecommendationForm> {

    static RecommendationForm blank() {
        return new RecommendationForm("", "", "", "");
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("program", program);
        values.put("intensity", intensity);
        values.put("durationMinutes", durationMinutes);
        values.put("rationale", rationale);
        return values;
    }

    @Override
    public RecommendationForm without(Set<String> fields) {
        Map<String, String> values = values();
        fields.forEach(field -> values.replace(field, ""));
        return new RecommendationForm(values.get("program"), values.get("intensity"), values.get("durationMinutes"),
                values.get("rationale"));
    }

    RecommendProgramRequest toRequest() {
        return new RecommendProgramRequest(FormFields.given(program), FormFields.given(intensity),
                FormFields.number(durationMinutes), FormFields.given(rationale));
    }
}
