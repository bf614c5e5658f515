package fi.register.query.recommendation;

/**
 * The sealed part of a recommendation (program, intensity, rationale) or of a feedback (program, effect, rating):
 * what the view keeps only encrypted, as one blob.
 */
record ProgramTexts(String program, String intensity, String rationale, String effect, Integer rating) {

    /** Personal, and for feedback health data: never let a stray log line print it. */
    @Override
    public String toString() {
        return "ProgramTexts[sealed]";
    }
}
