package fi.register.query.customer;

import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.query.customer.CustomerResponse.ConsentChange;
import fi.register.query.keys.ViewSeal;
import fi.register.query.mongo.ErasableView;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The shape of a {@code customers} document. In clear: ids, kind, customer group(s), language, times, and per consent
 * its purpose, channel, named party (a code), evidence method, notice version and who recorded it. Sealed: the personal
 * details ({@value #PERSONAL}), each consent's evidence reference ({@value #EVIDENCE}) and free-text recipient
 * ({@value #RECIPIENT}: anyone outside the named parties, who can be the subject's relative).
 */
final class CustomerDocument {

    static final String PERSONAL = "personal";
    static final String EMAIL_INDEX = "emailIndex";
    static final String CONSENTS = "consents";
    static final String CONSENT_ID = "consentId";
    static final String EVIDENCE = "evidence";
    static final String RECIPIENT = "recipient";
    static final String CUSTOMER_GROUPS = "customerGroups";
    /** When anything last happened to the entry: orders the list of recently active customers. */
    static final String LAST_ACTIVE_AT = "lastActiveAt";
    /** Where the personal details are sealed: a sealed value opens only in its own place. */
    static final String DETAILS_CONTEXT = "customer-view/details";
    private static final String EVIDENCE_CONTEXT = "customer-view/consent-evidence/";
    private static final String RECIPIENT_CONTEXT = "customer-view/consent-recipient/";

    private CustomerDocument() {
    }

    static Document registered(CustomerRegisteredEvent event, String sealedDetails, String emailIndex, long sequence) {
        Document entry = new Document("kind", name(event.kind()))
                .append("customerGroup", event.customerGroup())
                .append(CUSTOMER_GROUPS, groupsOf(event.customerGroup()))
                .append("language", event.language())
                .append("registeredAt", date(event.registeredAt()))
                .append("updatedAt", date(event.registeredAt()))
                .append(LAST_ACTIVE_AT, date(event.registeredAt()))
                .append(PERSONAL, sealedDetails)
                .append(CONSENTS, List.of())
                .append(ErasableView.LAST_SEQUENCE, sequence);
        if (emailIndex != null) {
            entry.append(EMAIL_INDEX, emailIndex);
        }
        return entry;
    }

    static Document rectified(CustomerRectifiedEvent event, String sealedDetails, long sequence) {
        Document changes = new Document(PERSONAL, sealedDetails)
                .append("updatedAt", date(event.rectifiedAt()))
                .append(LAST_ACTIVE_AT, date(event.rectifiedAt()))
                .append(ErasableView.LAST_SEQUENCE, sequence);
        if (event.rectifiedFields().contains(CustomerField.CUSTOMER_GROUP)) {
            changes.append("customerGroup", event.customerGroup());
            changes.append(CUSTOMER_GROUPS, groupsOf(event.customerGroup()));
        }
        if (event.rectifiedFields().contains(CustomerField.LANGUAGE)) {
            changes.append("language", event.language());
        }
        return changes;
    }

    /** The services chosen in an interview become the customer's groups, in a stable order. */
    static Document interviewed(InterviewRecordedEvent event, long sequence) {
        List<String> groups = event.services() == null ? List.of() : event.services().stream().sorted().toList();
        return new Document(CUSTOMER_GROUPS, groups).append(ErasableView.LAST_SEQUENCE, sequence);
    }

    static Document consentGiven(ConsentGivenEvent event, String actor, String correlationId, String sealedEvidence,
                                 String sealedRecipient) {
        return new Document(CONSENT_ID, event.consentId().toString())
                .append("purpose", name(event.purpose()))
                .append("channel", name(event.channel()))
                .append("namedParty", event.namedParty())
                .append(RECIPIENT, sealedRecipient)
                .append("evidenceMethod", name(event.evidenceMethod()))
                .append(EVIDENCE, sealedEvidence)
                .append("noticeVersion", event.noticeVersion())
                .append("givenAt", date(event.givenAt()))
                .append("givenBy", actor)
                .append("givenCorrelationId", correlationId)
                .append("withdrawnAt", null)
                .append("withdrawnBy", null)
                .append("withdrawnCorrelationId", null);
    }

    static Document consentWithdrawn(Document consent, ConsentWithdrawnEvent event, String actor, String correlationId) {
        return new Document(consent)
                .append("withdrawnAt", date(event.withdrawnAt()))
                .append("withdrawnBy", actor)
                .append("withdrawnCorrelationId", correlationId);
    }

    /** Each consent's evidence reference is sealed in a place of its own. */
    static String evidenceContext(UUID consentId) {
        return EVIDENCE_CONTEXT + consentId;
    }

    /** And its free-text recipient in another. */
    static String recipientContext(UUID consentId) {
        return RECIPIENT_CONTEXT + consentId;
    }

    static CustomerResponse toResponse(UUID id, Document entry, PersonalDetails details, ViewSeal seal) {
        List<Document> consents = entry.getList(CONSENTS, Document.class, List.of());
        List<CustomerResponse.Consent> inForce = new ArrayList<>();
        List<ConsentChange> history = new ArrayList<>();
        for (Document consent : consents) {
            UUID consentId = UUID.fromString(consent.getString(CONSENT_ID));
            String recipient = seal.openTextSealedSince(id, recipientContext(consentId), consent.getString(RECIPIENT)).orElse(null);
            history.add(change(consentId, consent, recipient, ConsentChange.Change.GIVEN, "given"));
            if (consent.get("withdrawnAt") != null) {
                history.add(change(consentId, consent, recipient, ConsentChange.Change.WITHDRAWN, "withdrawn"));
            } else {
                inForce.add(new CustomerResponse.Consent(consentId,
                        enumOf(ConsentPurpose.class, consent.getString("purpose")),
                        enumOf(MarketingChannel.class, consent.getString("channel")),
                        consent.getString("namedParty"),
                        recipient,
                        enumOf(EvidenceMethod.class, consent.getString("evidenceMethod")),
                        seal.openText(id, evidenceContext(consentId), consent.getString(EVIDENCE)).orElse(null),
                        consent.getString("noticeVersion"),
                        instant(consent.getDate("givenAt")),
                        consent.getString("givenBy")));
            }
        }
        history.sort(Comparator.comparing(ConsentChange::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new CustomerResponse(id, enumOf(CustomerKind.class, entry.getString("kind")),
                details.firstName(), details.lastName(), details.companyName(), details.businessId(),
                details.address(), details.billing(), details.email(), details.phone(),
                entry.getString("customerGroup"), customerGroups(entry), entry.getString("language"),
                instant(entry.getDate("registeredAt")), instant(entry.getDate("updatedAt")),
                inForce, history);
    }

    private static ConsentChange change(UUID consentId, Document consent, String recipient, ConsentChange.Change change,
                                        String prefix) {
        return new ConsentChange(consentId, change,
                enumOf(ConsentPurpose.class, consent.getString("purpose")),
                enumOf(MarketingChannel.class, consent.getString("channel")),
                consent.getString("namedParty"),
                recipient,
                enumOf(EvidenceMethod.class, consent.getString("evidenceMethod")),
                consent.getString("noticeVersion"),
                instant(consent.getDate(prefix + "At")),
                consent.getString(prefix + "By"),
                consent.getString(prefix + "CorrelationId"));
    }

    private static List<String> groupsOf(String customerGroup) {
        return customerGroup == null ? List.of() : List.of(customerGroup);
    }

    /** Entries written before the groups were kept have the registered group only. */
    private static List<String> customerGroups(Document entry) {
        List<String> groups = entry.getList(CUSTOMER_GROUPS, String.class);
        return groups != null ? groups : groupsOf(entry.getString("customerGroup"));
    }

    static CustomerKind kind(Document entry) {
        return enumOf(CustomerKind.class, entry.getString("kind"));
    }

    /** Entries written before it was kept say when they were last registered or rectified. */
    static Instant lastActiveAt(Document entry) {
        Date at = entry.getDate(LAST_ACTIVE_AT);
        return instant(at != null ? at : entry.getDate("updatedAt"));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
