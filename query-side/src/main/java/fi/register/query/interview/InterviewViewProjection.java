package fi.register.query.interview;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.EventMetadata;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The interviews of each subject in {@code interviews}, one document per interview. In clear: ids, the services
 * chosen, when and by whom; sealed under the subject's key: the interview's health data and the date of birth.
 * Idempotent without transactions: an interview is inserted once, keyed by its id, and a correction rewrites it only
 * where its sequence number was not applied yet.
 */
@Component
@ProcessingGroup(InterviewViewProjection.PROCESSING_GROUP)
class InterviewViewProjection {

    static final String PROCESSING_GROUP = "interview-view";
    static final String INTERVIEWS = "interviews";
    private static final String CONTEXT = "interview-view/";

    private final ErasableView view;
    private final MongoCollection<Document> interviews;
    private final ViewSeal seal;

    InterviewViewProjection(MongoDatabase projectionDatabase, PersonalDataProtection protection) {
        this.view = new ErasableView(protection);
        this.interviews = view.itemsPerSubject(projectionDatabase, INTERVIEWS);
        this.seal = new ViewSeal(protection.cipher());
    }

    @EventHandler
    void on(InterviewRecordedEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        UUID id = event.customerId();
        if (view.isErased(id)) {
            return;
        }
        InterviewContent content = new InterviewContent(event.challenges(), event.programPreferences(), event.dateOfBirth());
        Document interview = view.newItem(id)
                .append("services", event.services() == null ? List.of() : event.services().stream().sorted().toList())
                .append("recordedAt", Date.from(event.recordedAt()))
                .append("recordedBy", actor)
                .append("content", seal.seal(id, CONTEXT + event.interviewId(), content));
        view.insertOnce(interviews, event.interviewId().toString(), interview);
    }

    /** A correction (issue 12): the sealed content opened, corrected and sealed again; the card and the copy show it. */
    @EventHandler
    void on(InterviewRectifiedEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        String interviewId = event.interviewId().toString();
        if (view.isErased(id)) {
            return;
        }
        Document current = interviews.find(ErasableView.itemNotYetApplied(interviewId, sequence)).first();
        Optional<InterviewContent> before = current == null ? Optional.empty()
                : seal.open(id, CONTEXT + interviewId, current.getString("content"), InterviewContent.class);
        before.ifPresent(content -> interviews.updateOne(ErasableView.itemNotYetApplied(interviewId, sequence),
                new Document("$set", new Document("content", seal.seal(id, CONTEXT + interviewId, content.rectifiedBy(event)))
                        .append(ErasableView.LAST_SEQUENCE, sequence))));
    }

    /** Purges the subject's interviews; not replayed, as a replay skips erased subjects altogether. */
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
    List<InterviewResponse> handle(FetchInterviewsQuery query) {
        UUID id = query.customerId();
        List<InterviewResponse> found = new ArrayList<>();
        for (Document interview : view.itemsOf(interviews, id, "recordedAt")) {
            UUID interviewId = UUID.fromString(interview.getString("_id"));
            seal.open(id, CONTEXT + interviewId, interview.getString("content"), InterviewContent.class)
                    .ifPresent(content -> found.add(new InterviewResponse(id, interviewId, content.challenges(),
                            content.programPreferences(), interview.getList("services", String.class),
                            content.dateOfBirth(), interview.getDate("recordedAt").toInstant(),
                            interview.getString("recordedBy"))));
        }
        return found;
    }
}
