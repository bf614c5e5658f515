package fi.register.query.customer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.List;
import java.util.UUID;

/**
 * The register view's e-mail look-up: one document per e-mail blind index, keyed by it, naming the customers that
 * have that address. Finding a customer by e-mail is then two primary-key reads, which every MongoDB answers from its
 * {@code _id} index: the embedded mongo-java-server ignores secondary indexes, so a query on {@code customers.emailIndex}
 * scanned every customer (93 ms at 45,000 customers against 4.8 ms by id).
 * <p>
 * A list, not a single id: the command side keeps addresses unique, but a view must not lose a customer if two
 * registrations ever slipped past that rule. Every change is idempotent ({@code $addToSet}, {@code $pull}), so a batch
 * handled again after a crash does no harm; and the reader trusts a hit only when the customer's own entry still
 * carries that index, so an entry left behind (a crash between the look-up and the entry, a registration delivered
 * again after a rectification) never shows a wrong customer; an erasure takes the customer off every entry.
 * Holds no personal data in clear: the index is a keyed HMAC, the rest are ids.
 */
final class EmailLookup {

    static final String COLLECTION = "customer_emails";
    static final String CUSTOMERS = "customerIds";

    private final MongoCollection<Document> entries;

    EmailLookup(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending(CUSTOMERS));
    }

    /** The ids filed under this index; usually one, none when the address is unknown. */
    List<UUID> customersWith(String emailIndex) {
        Document entry = entries.find(Filters.eq("_id", emailIndex)).projection(Projections.include(CUSTOMERS)).first();
        return entry == null ? List.of()
                : entry.getList(CUSTOMERS, String.class, List.of()).stream().map(UUID::fromString).toList();
    }

    void file(String emailIndex, UUID customerId) {
        if (emailIndex != null) {
            entries.updateOne(Filters.eq("_id", emailIndex), Updates.addToSet(CUSTOMERS, customerId.toString()),
                    new UpdateOptions().upsert(true));
        }
    }

    /** Takes the customer off this index, and the entry away once no one is left under it. */
    void unfile(String emailIndex, UUID customerId) {
        if (emailIndex == null) {
            return;
        }
        entries.updateOne(Filters.eq("_id", emailIndex), Updates.pull(CUSTOMERS, customerId.toString()));
        entries.deleteOne(Filters.and(Filters.eq("_id", emailIndex), Filters.size(CUSTOMERS, 0)));
    }

    /**
     * Takes an erased customer off every index, including one a registration delivered again may have filed back
     * after a rectification. A query on the ids (a multikey index on a real MongoDB, a scan on the embedded one):
     * erasures are rare, the look-ups are not.
     */
    void unfileEverywhere(UUID customerId) {
        entries.updateMany(Filters.eq(CUSTOMERS, customerId.toString()), Updates.pull(CUSTOMERS, customerId.toString()));
        entries.deleteMany(Filters.size(CUSTOMERS, 0));
    }

    /** A rectified address: off the old index, onto the new one (either may be absent). */
    void refile(String oldIndex, String newIndex, UUID customerId) {
        if (oldIndex != null && oldIndex.equals(newIndex)) {
            return;
        }
        unfile(oldIndex, customerId);
        file(newIndex, customerId);
    }

    /**
     * Fills the look-up from the customers' entries once, when a store written before the look-up existed has
     * customers with an address and no look-up yet; afterwards the handlers keep it. One scan, at start-up only.
     */
    void fillFrom(MongoCollection<Document> customers) {
        if (entries.find().first() != null) {
            return;
        }
        customers.find(Filters.exists(CustomerDocument.EMAIL_INDEX))
                .projection(Projections.include(CustomerDocument.EMAIL_INDEX))
                .forEach(entry -> file(entry.getString(CustomerDocument.EMAIL_INDEX), UUID.fromString(entry.getString("_id"))));
    }

    /** Empties the look-up for a replay, with the view it belongs to. */
    void clear() {
        entries.deleteMany(new Document());
    }
}
