package fi.register.query.interview;

import java.time.LocalDate;

/** The health data of one interview: what the view keeps only sealed, as one blob. */
record InterviewContent(String challenges, String programPreferences, LocalDate dateOfBirth) {

    /** Health data: never let a stray log line print it. */
    @Override
    public String toString() {
        return "InterviewContent[sealed]";
    }
}
