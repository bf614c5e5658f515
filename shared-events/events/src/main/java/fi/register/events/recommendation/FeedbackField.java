package fi.register.events.recommendation;

/** The fields of a program's feedback that rectification can correct (all of them are required). */
public enum FeedbackField {
    PROGRAM,
    EFFECT,
    RATING
}
