package fi.register.query.recommendation;

import fi.register.events.recommendation.FeedbackField;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.RecommendationField;

import java.util.Set;

/**
 * The sealed part of a recommendation (program, intensity, rationale) or of a feedback (program, effect, rating):
 * what the view keeps only encrypted, as one blob.
 */
record ProgramTexts(String program, String intensity, String rationale, String effect, Integer rating) {

    /** A recommendation's texts after a correction: a field it names takes its value (null: cleared), any other stays. */
    ProgramTexts rectifiedBy(ProgramRecommendationRectifiedEvent event) {
        Set<RecommendationField> named = event.rectifiedFields();
        return new ProgramTexts(named.contains(RecommendationField.PROGRAM) ? event.program() : program,
                named.contains(RecommendationField.INTENSITY) ? event.intensity() : intensity,
                named.contains(RecommendationField.RATIONALE) ? event.rationale() : rationale, effect, rating);
    }

    /** A feedback's texts after a correction: a field it names takes its value, any other stays. */
    ProgramTexts rectifiedBy(ProgramFeedbackRectifiedEvent event) {
        Set<FeedbackField> named = event.rectifiedFields();
        return new ProgramTexts(named.contains(FeedbackField.PROGRAM) ? event.program() : program, intensity, rationale,
                named.contains(FeedbackField.EFFECT) ? event.effect() : effect,
                named.contains(FeedbackField.RATING) ? event.rating() : rating);
    }

    /** Personal, and for feedback health data: never let a stray log line print it. */
    @Override
    public String toString() {
        return "ProgramTexts[sealed]";
    }
}
