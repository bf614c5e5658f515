package fi.register.query.interview;

import fi.register.events.interview.InterviewField;
import fi.register.events.interview.InterviewRectifiedEvent;

import java.time.LocalDate;
import java.util.Set;

/** The health data of one interview: what the view keeps only sealed, as one blob. */
record InterviewContent(String challenges, String programPreferences, LocalDate dateOfBirth) {

    /** The content after a correction: a field it names takes its value (null: cleared), any other stays. */
    InterviewContent rectifiedBy(InterviewRectifiedEvent event) {
        Set<InterviewField> named = event.rectifiedFields();
        return new InterviewContent(
                named.contains(InterviewField.CHALLENGES) ? event.challenges() : challenges,
                named.contains(InterviewField.PROGRAM_PREFERENCES) ? event.programPreferences() : programPreferences,
                named.contains(InterviewField.DATE_OF_BIRTH) ? event.dateOfBirth() : dateOfBirth);
    }

    /** Health data: never let a stray log line print it. */
    @Override
    public String toString() {
        return "InterviewContent[sealed]";
    }
}
