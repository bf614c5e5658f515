package fi.register.query.recommendation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.EventMetadata;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.recommendation.RecommendationField;
import fi.register.query.keys.ViewSeal;
import fi.register.query.mongo.ErasableView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Program recommendations ({@code recommendations}) and feedback on programs ({@code program_feedback}), one document
 * each. In clear: ids, the duration, times, who recorded them; sealed under the subject's key: every text and the
 * rating (feedback is health data). Inserted once, keyed by id, and corrected only where the correction's sequence
 * number was not applied yet, so applying an event again changes nothing.
 */
@Component
@ProcessingGroup(RecommendationViewProjection.PROCESSING_GROUP)
class RecommendationViewProjection {

    static final String PROCESSING_GROUP = "recommendation-view";
    static final String RECOMMENDATIONS = "recommendations";
    static final String FEEDBACK = "program_feedback";
    private static final String RECOMMENDATION_CONTEXT = "recommendation-view/recommendation/";
    private static final String FEEDBACK_CONTEXT = "recommendation-view/feedback/";

    private final ErasableView view;
    private final MongoCollection<Document> recommendations;
    private final MongoCollection<Document> feedback;
    private final ViewSeal seal;

    RecommendationViewProjection(MongoDatabase projectionDatabase, PersonalDataProtection protection) {
        this.view = new ErasableView(protection);
        this.recommendations = view.itemsPerSubject(projectionDatabase, RECOMMENDATIONS);
        this.feedback = view.itemsPerSubject(projectionDatabase, FEEDBACK);
        this.seal = new ViewSeal(protection.cipher());
    }

    @EventHandler
    void on(ProgramRecommendedEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        UUID id = event.customerId();
        if (view.isErased(id)) {
            return;
        }
        ProgramTexts texts = new ProgramTexts(event.program(), event.intensity(), event.rationale(), null, null);
        Document recommendation = view.newItem(id)
                .append("durationMinutes", event.durationMinutes())
                .append("recommendedAt", Date.from(event.recommendedAt()))
                .append("recommendedBy", actor)
                .append("texts", seal.seal(id, RECOMMENDATION_CONTEXT + event.recommendationId(), texts));
        view.insertOnce(recommendations, event.recommendationId().toString(), recommendation);
    }

    @EventHandler
    void on(ProgramFeedbackRecordedEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        UUID id = event.customerId();
        if (view.isErased(id)) {
            return;
        }
        ProgramTexts texts = new ProgramTexts(event.program(), null, null, event.effect(), event.rating());
        Document entry = view.newItem(id)
                .append("recordedAt", Date.from(event.recordedAt()))
                .append("recordedBy", actor)
                .append("texts", seal.seal(id, FEEDBACK_CONTEXT + event.feedbackId(), texts));
        view.insertOnce(feedback, event.feedbackId().toString(), entry);
    }

    /** A correction of a recommendation (issue 12): the texts resealed, the duration set in clear as it is kept. */
    @EventHandler
    void on(ProgramRecommendationRectifiedEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        String recommendationId = event.recommendationId().toString();
        String context = RECOMMENDATION_CONTEXT + recommendationId;
        if (view.isErased(id)) {
            return;
        }
        Document current = recommendations.find(ErasableView.itemNotYetApplied(recommendationId, sequence)).first();
        if (current == null) {
            return;
        }
        seal.open(id, context, current.getString("texts"), ProgramTexts.class).ifPresent(texts -> {
            Document changes = new Document("texts", seal.seal(id, context, texts.rectifiedBy(event)))
                    .append(ErasableView.LAST_SEQUENCE, sequence);
            if (event.rectifiedFields().contains(RecommendationField.DURATION_MINUTES)) {
                changes.append("durationMinutes", event.durationMinutes());
            }
            recommendations.updateOne(ErasableView.itemNotYetApplied(recommendationId, sequence),
                    new Document("$set", changes));
        });
    }

    @EventHandler
    void on(ProgramFeedbackRectifiedEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        String feedbackId = event.feedbackId().toString();
        String context = FEEDBACK_CONTEXT + feedbackId;
        if (view.isErased(id)) {
            return;
        }
        Document current = feedback.find(ErasableView.itemNotYetApplied(feedbackId, sequence)).first();
        if (current == null) {
            return;
        }
        seal.open(id, context, current.getString("texts"), ProgramTexts.class).ifPresent(texts ->
                feedback.updateOne(ErasableView.itemNotYetApplied(feedbackId, sequence), new Document("$set",
                        new Document("texts", seal.seal(id, context, texts.rectifiedBy(event)))
                                .append(ErasableView.LAST_SEQUENCE, sequence))));
    }

    /** Purges the subject's recommendations and feedback; not replayed, as a replay skips erased subjects altogether. */
    @EventHandler
    @DisallowReplay
    void on(SubjectErasedEvent event) {
        view.purge(event.customerId());
    }

    @ResetHandler
    void reset() {
        view.reset();
    }

    @QueryHandler
    List<RecommendationResponse> handle(FetchRecommendationsQuery query) {
        UUID id = query.customerId();
        List<RecommendationResponse> found = new ArrayList<>();
        for (Document entry : view.itemsOf(recommendations, id, "recommendedAt")) {
            UUID recommendationId = UUID.fromString(entry.getString("_id"));
            seal.open(id, RECOMMENDATION_CONTEXT + recommendationId, entry.getString("texts"), ProgramTexts.class)
                    .ifPresent(texts -> found.add(new RecommendationResponse(id, recommendationId, texts.program(),
                            texts.intensity(), entry.getInteger("durationMinutes"), texts.rationale(),
                            entry.getDate("recommendedAt").toInstant(), entry.getString("recommendedBy"))));
        }
        return found;
    }

    @QueryHandler
    List<ProgramFeedbackResponse> handle(FetchProgramFeedbackQuery query) {
        UUID id = query.customerId();
        List<ProgramFeedbackResponse> found = new ArrayList<>();
        for (Document entry : view.itemsOf(feedback, id, "recordedAt")) {
            UUID feedbackId = UUID.fromString(entry.getString("_id"));
            seal.open(id, FEEDBACK_CONTEXT + feedbackId, entry.getString("texts"), ProgramTexts.class)
                    .ifPresent(texts -> found.add(new ProgramFeedbackResponse(id, feedbackId, texts.program(),
                            texts.effect(), texts.rating(), entry.getDate("recordedAt").toInstant(),
                            entry.getString("recordedBy"))));
        }
        return found;
    }
}
