package fi.register.command.console;

import fi.register.command.interview.RecordInterviewRequest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interview form as posted: the challenges and preferences as text, the services chosen as checkboxes, the date
 * of birth as the browser's date field gives it (yyyy-MM-dd, which the API reads; for the services that need it).
 */
record InterviewForm(String challenges, String programPreferences, List<String> services, String dateOfBirth)
        implements CommandForm<InterviewForm> {

    static InterviewForm blank() {
        return new InterviewForm("", "", List.of(), "");
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("challenges", challenges);
        values.put("programPreferences", programPreferences);
        values.put("services", FormFields.joined(services));
        values.put("dateOfBirth", dateOfBirth);
        return values;
    }

    @Override
    public InterviewForm without(Set<String> fields) {
        return new InterviewForm(fields.contains("challenges") ? "" : challenges,
                fields.contains("programPreferences") ? "" : programPreferences,
                fields.contains("services") ? List.of() : services, fields.contains("dateOfBirth") ? "" : dateOfBirth);
    }

    public List<String> chosenServices() {
        return FormFields.chosen(services);
    }

    RecordInterviewRequest toRequest() {
        return new RecordInterviewRequest(FormFields.given(challenges), FormFields.given(programPreferences),
                new LinkedHashSet<>(FormFields.chosen(services)), FormFields.given(dateOfBirth));
    }
}
