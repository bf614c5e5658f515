package fi.register.query.subjectrequest;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.events.subjectrequest.SubjectRequestKind;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads {@link SubjectRequestProjection}'s open requests, the nearest deadline first, each marked overdue by the
 * register's clock. Reads no personal data (ids, codes, dates), so nothing goes to the audit trail of reads.
 */
@Component
class OpenSubjectRequests {

    private final MongoCollection<Document> open;
    private final Clock clock;

    OpenSubjectRequests(MongoDatabase projectionDatabase, Clock clock) {
        this.open = projectionDatabase.getCollection(SubjectRequestProjection.OPEN_REQUESTS);
        this.clock = clock;
    }

    List<OpenSubjectRequest> list() {
        Instant now = clock.instant();
        List<OpenSubjectRequest> found = new ArrayList<>();
        for (Document request : open.find().sort(Sorts.ascending("answerBy", "_id"))) {
            Instant answerBy = request.getDate("answerBy").toInstant();
            found.add(new OpenSubjectRequest(UUID.fromString(request.getString("_id")),
                    UUID.fromString(request.getString("customerId")),
                    SubjectRequestKind.valueOf(request.getString("kind")),
                    SubjectRequestChannel.valueOf(request.getString("channel")),
                    request.getDate("receivedAt").toInstant(), answerBy, now.isAfter(answerBy),
                    Boolean.TRUE.equals(request.getBoolean("subjectErased"))));
        }
        return found;
    }
}
