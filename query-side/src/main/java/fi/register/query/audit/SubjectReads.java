package fi.register.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.ReadPurpose;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;

/** One subject's recorded reads, oldest first, from the read audit's index (as far as it has caught up). */
@Component
public class SubjectReads {

    private final MongoCollection<Document> reads;

    SubjectReads(MongoDatabase projectionDatabase) {
        this.reads = projectionDatabase.getCollection(PersonalDataReadsProjection.COLLECTION);
    }

    public List<ReadOfPersonalData> of(UUID customerId) {
        List<ReadOfPersonalData> found = new ArrayList<>();
        for (Document read : reads.find(eq("customerId", customerId.toString()))
                .sort(Sorts.ascending("readAt", PersonalDataReadsProjection.POSITION))) {
            PersonalDataRead what = PersonalDataRead.valueOf(read.getString("what"));
            // a read indexed before reads had a purpose, not yet rebuilt: the purpose the upcaster would give it
            String purpose = read.getString("purpose");
            found.add(new ReadOfPersonalData(read.getDate("readAt").toInstant(), what,
                    purpose != null ? ReadPurpose.valueOf(purpose) : ReadPurpose.derivedFrom(what)));
        }
        return found;
    }
}
