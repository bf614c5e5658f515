package fi.register.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

/**
 * The audit trail of reads: every time a user is shown a subject's personal data, who, what and when. Holds no
 * personal data itself (the subject only by its random id), so it outlives an erasure as the record of who saw what.
 * Written before the data is returned: a read that cannot be recorded is not answered.
 */
@Component
public class PersonalDataReads {

    public static final String COLLECTION = "personal_data_reads";

    private final MongoCollection<Document> reads;
    private final Clock clock;

    PersonalDataReads(MongoDatabase projectionDatabase, Clock clock) {
        this.reads = projectionDatabase.getCollection(COLLECTION);
        this.clock = clock;
    }

    public void record(UUID customerId, String reader, PersonalDataRead what) {
        reads.insertOne(new Document("customerId", customerId.toString())
                .append("reader", reader)
                .append("what", what.name())
                .append("readAt", Date.from(clock.instant())));
    }
}
