package fi.register.events.interview;

/** The fields of a recorded interview that rectification can correct or clear: its personal data. */
public enum InterviewField {
    CHALLENGES,
    PROGRAM_PREFERENCES,
    DATE_OF_BIRTH
}
