package fi.register.events.recommendation;

/** The fields of a program recommendation that rectification can correct or clear. */
public enum RecommendationField {
    PROGRAM,
    INTENSITY,
    DURATION_MINUTES,
    RATIONALE
}
