package fi.register.query.customer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.EventMetadata;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.query.keys.ViewSeal;
import fi.register.query.mongo.ErasableView;
import fi.register.query.search.CustomerSearchIndex;
import fi.register.query.search.SearchableCustomer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * The register view: one document per customer in {@code customers}, personal values sealed under the subject's key,
 * the e-mail address findable only by its blind index, through a look-up keyed by it ({@link EmailLookup}). Tracking, with its token in the same MongoDB, so it resumes
 * after a restart.
 * <p>
 * MongoDB is used without transactions, so every write is idempotent: each document remembers the sequence number
 * of the last event applied to it ({@code lastSequence}) and an event at or below it changes nothing. Events of one
 * customer arrive in order on one thread (one aggregate, one segment), so read-then-write here is safe.
 */
@Component
@ProcessingGroup(CustomerViewProjection.PROCESSING_GROUP)
class CustomerViewProjection {

    static final String PROCESSING_GROUP = "customer-view";
    static final String CUSTOMERS = "customers";
    static final String ERASED_SUBJECTS = "erased_subjects";

    private final ErasableView view;
    private final MongoCollection<Document> customers;
    /** Not part of the erasable view: it outlives a reset, see {@link #reset()}. */
    private final MongoCollection<Document> erasedSubjects;
    /**
     * The ids in {@code erased_subjects}, in memory: asked at every registration, where a read would break the batch's
     * bulk write. Behind the key store's record of destroyed keys, which answers first. Filled at start-up and by the
     * erasure handler of this processor, the one that writes the collection.
     */
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    /** Kept beside the view and emptied with it: how an e-mail address finds its customer by key, see {@link EmailLookup}. */
    private final EmailLookup emailLookup;
    private final PersonalDataProtection protection;
    private final ViewSeal seal;
    /**
     * In memory only, kept by this processor with the view it is built from: filled from the sealed entries here,
     * changed by the same handlers that change an entry, emptied with the view (docs/architecture.md, "Finding
     * customers").
     */
    private final CustomerSearchIndex search;

    CustomerViewProjection(MongoDatabase projectionDatabase, PersonalDataProtection protection) {
        this(projectionDatabase, protection, new CustomerSearchIndex());
    }

    @Autowired
    CustomerViewProjection(MongoDatabase projectionDatabase, PersonalDataProtection protection, CustomerSearchIndex search) {
        this.search = search;
        this.view = new ErasableView(protection);
        this.customers = view.onePerSubject(projectionDatabase, CUSTOMERS);
        this.erasedSubjects = projectionDatabase.getCollection(ERASED_SUBJECTS);
        this.protection = protection;
        this.seal = new ViewSeal(protection.cipher());
        this.emailLookup = new EmailLookup(projectionDatabase);
        erasedSubjects.find().projection(Projections.include("_id")).forEach(entry -> erased.add(entry.getString("_id")));
        emailLookup.fillFrom(customers);
        fillSearch();
    }

    /**
     * Decrypts every entry once, at start-up: the index is never written anywhere, so a restart builds it again. An
     * entry whose key is gone (its erasure on its way) is left out.
     */
    private void fillSearch() {
        search.clear();
        customers.find().forEach(entry -> {
            UUID id = UUID.fromString(entry.getString("_id"));
            if (!isErased(id)) {
                details(id, entry).ifPresent(details -> search.put(searchable(id, entry, details)));
            }
        });
    }

    @EventHandler
    void on(CustomerRegisteredEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        if (isErased(id)) {
            return; // a replay, or a view lagging behind an erasure, must not bring an erased subject back
        }
        PersonalDetails details = PersonalDetails.of(event);
        Document entry = CustomerDocument.registered(event, sealed(id, details), emailIndexOf(details.email()), sequence);
        // insert-only: applying the registration again leaves whatever later events made of the entry. Filed without
        // reading first, so a batch's writes stay in one bulk write: a registration delivered again after its
        // address was rectified files the old address back, which the reader ignores and the erasure sweeps away
        view.insertOnce(customers, id.toString(), entry);
        emailLookup.file(emailIndexOf(details.email()), id);
        search.putIfAbsent(searchable(id, entry, details));
    }

    @EventHandler
    void on(CustomerRectifiedEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        Optional<Document> current = unapplied(id, sequence);
        Optional<PersonalDetails> details = current.flatMap(entry -> details(id, entry));
        if (details.isEmpty()) {
            return; // unknown, already applied, or the key is gone and the erasure is on its way
        }
        PersonalDetails rectified = details.get().rectifiedBy(event);
        Document changes = CustomerDocument.rectified(event, sealed(id, rectified), sequence);
        Document update = new Document("$set", changes);
        if (event.rectifiedFields().contains(CustomerField.EMAIL)) {
            String newIndex = emailIndexOf(rectified.email());
            if (newIndex == null) {
                update.append("$unset", new Document(CustomerDocument.EMAIL_INDEX, "")); // the address was removed
            } else {
                changes.append(CustomerDocument.EMAIL_INDEX, newIndex);
            }
            // the look-up first: if the process dies before the entry is updated, the event comes again and redoes both
            emailLookup.refile(current.get().getString(CustomerDocument.EMAIL_INDEX), newIndex, id);
        }
        customers.updateOne(notYetApplied(id, sequence), update);
        Document after = new Document(current.get()).append(CustomerDocument.LAST_ACTIVE_AT, CustomerDocument.date(event.rectifiedAt()));
        search.put(searchable(id, after, rectified));
    }

    /** The services chosen in the interview set the customer's groups; the interview itself is the interview view's. */
    @EventHandler
    void on(InterviewRecordedEvent event, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        Instant at = event.recordedAt();
        if (isErased(id)) {
            return;
        }
        // no read first: the filter applies it once, and a read would send the batch's held writes on its own
        customers.updateOne(notYetApplied(id, sequence), new Document("$set", CustomerDocument.interviewed(event, sequence)
                .append(CustomerDocument.LAST_ACTIVE_AT, CustomerDocument.date(at))));
        search.touch(id, at);
    }

    @EventHandler
    void on(ConsentGivenEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor,
            @MetaDataValue(EventMetadata.CORRELATION_ID) String correlationId, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        Instant at = event.givenAt();
        if (isErased(id)) {
            return;
        }
        Document consent = CustomerDocument.consentGiven(event, actor, correlationId,
                seal.sealText(id, CustomerDocument.evidenceContext(event.consentId()), event.evidenceReference()),
                seal.sealText(id, CustomerDocument.recipientContext(event.consentId()), event.recipient()));
        customers.updateOne(notYetApplied(id, sequence), new Document("$push", new Document(CustomerDocument.CONSENTS, consent))
                .append("$set", new Document(ErasableView.LAST_SEQUENCE, sequence)
                        .append(CustomerDocument.LAST_ACTIVE_AT, CustomerDocument.date(at))));
        search.touch(id, at);
    }

    @EventHandler
    void on(ConsentWithdrawnEvent event, @MetaDataValue(EventMetadata.ACTOR) String actor,
            @MetaDataValue(EventMetadata.CORRELATION_ID) String correlationId, @SequenceNumber long sequence) {
        UUID id = event.customerId();
        Instant at = event.withdrawnAt();
        Optional<Document> current = unapplied(id, sequence);
        if (current.isEmpty()) {
            return;
        }
        List<Document> consents = new ArrayList<>(current.get().getList(CustomerDocument.CONSENTS, Document.class, List.of()));
        consents.replaceAll(consent -> event.consentId().toString().equals(consent.getString(CustomerDocument.CONSENT_ID))
                ? CustomerDocument.consentWithdrawn(consent, event, actor, correlationId)
                : consent);
        customers.updateOne(notYetApplied(id, sequence), new Document("$set",
                new Document(CustomerDocument.CONSENTS, consents).append(ErasableView.LAST_SEQUENCE, sequence)
                        .append(CustomerDocument.LAST_ACTIVE_AT, CustomerDocument.date(at))));
        search.touch(id, at);
    }

    /**
     * Purges the subject from the view and remembers, by id and time only, that it was erased. Not replayed: a replay
     * skips erased subjects altogether (see {@link #isErased}), so there is nothing to purge then. Axon also starts a
     * brand-new processor on a replay token, so a first catch-up over old history skips this handler as well; the
     * key store's record of destroyed keys then answers for those subjects.
     */
    @EventHandler
    @DisallowReplay
    void on(SubjectErasedEvent event) {
        UUID id = event.customerId();
        view.insertOnce(erasedSubjects, id.toString(),
                new Document("erasedAt", CustomerDocument.date(event.erasedAt())).append("reason", event.reason().name()));
        erased.add(id.toString());
        search.remove(id); // first: the index answers at once, the stores after it
        emailLookup.unfileEverywhere(id);
        view.purge(id);
    }

    /**
     * Clears the view for a replay. The erased subjects stay: the erasure handler does not replay, so they could not
     * be rebuilt, and they are what keeps a replay from restoring an erased subject and lets the API answer 410.
     */
    @ResetHandler
    void reset() {
        view.reset();
        emailLookup.clear();
        search.clear();
    }

    @QueryHandler
    CustomerResponse handle(FetchCustomerQuery query) {
        UUID id = query.customerId();
        Document entry = customers.find(eq("_id", id.toString())).first();
        if (entry == null) {
            throw (isErased(id) ? CustomerStanding.ERASED : CustomerStanding.UNKNOWN).refusal();
        }
        return view(id, entry).orElseThrow(CustomerStanding.ERASED::refusal);
    }

    /** Answered from the entry's id and the key store alone: nothing is decrypted to say whether a customer exists. */
    @QueryHandler
    CustomerStanding handle(FetchCustomerStandingQuery query) {
        UUID id = query.customerId();
        if (isErased(id)) {
            return CustomerStanding.ERASED;
        }
        Document entry = customers.find(eq("_id", id.toString())).projection(Projections.include("_id")).first();
        return entry == null ? CustomerStanding.UNKNOWN : CustomerStanding.REGISTERED;
    }

    /**
     * Primary-key reads only: the look-up by the index, then each customer it names by id. A hit counts only while the
     * customer's own entry still carries the index, so the look-up can never show a customer under an old address.
     */
    @QueryHandler
    List<CustomerResponse> handle(FetchCustomerByEmailQuery query) {
        List<CustomerResponse> found = new ArrayList<>();
        for (UUID id : emailLookup.customersWith(query.emailIndex())) {
            Document entry = customers.find(eq("_id", id.toString())).first();
            if (entry != null && query.emailIndex().equals(entry.getString(CustomerDocument.EMAIL_INDEX))) {
                view(id, entry).ifPresent(found::add);
            }
        }
        return found;
    }

    private static SearchableCustomer searchable(UUID id, Document entry, PersonalDetails details) {
        return new SearchableCustomer(id, CustomerDocument.kind(entry), details.firstName(), details.lastName(),
                details.companyName(), details.businessId(), details.email(), details.phone(),
                CustomerDocument.lastActiveAt(entry));
    }

    private String sealed(UUID id, PersonalDetails details) {
        return seal.seal(id, CustomerDocument.DETAILS_CONTEXT, details);
    }

    /** Empty once the subject's key was destroyed. */
    private Optional<PersonalDetails> details(UUID id, Document entry) {
        return seal.open(id, CustomerDocument.DETAILS_CONTEXT, entry.getString(CustomerDocument.PERSONAL), PersonalDetails.class);
    }

    private Optional<CustomerResponse> view(UUID id, Document entry) {
        return details(id, entry)
                .map(details -> CustomerDocument.toResponse(id, entry, details, seal));
    }

    /**
     * The subject's entry, when it exists and this event was not applied to it yet. Empty once the key is destroyed:
     * nothing new is sealed for an erased subject, and the erasure event that purges the entry is on its way.
     */
    private Optional<Document> unapplied(UUID id, long sequence) {
        if (view.isErased(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(customers.find(notYetApplied(id, sequence)).first());
    }

    private static Bson notYetApplied(UUID id, long sequence) {
        return ErasableView.notYetApplied(id.toString(), sequence);
    }

    private boolean isErased(UUID id) {
        return view.isErased(id) || erased.contains(id.toString());
    }

    private String emailIndexOf(String email) {
        return email == null ? null : protection.blindIndex().of(email);
    }
}
