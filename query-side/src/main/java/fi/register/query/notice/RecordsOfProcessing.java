package fi.register.query.notice;

import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;

import java.util.List;

/**
 * The controller's records of processing activities (GDPR Art. 30(1)), from the same facts as the privacy notice: a
 * clinic that processes health data keeps them whatever its size (Art. 30(5)). In English, for the data protection
 * officer and the supervisory authority; codes beside the words so that a reader can match them with the events.
 */
public record RecordsOfProcessing(Controller controller, ControllerSettings.Contact dataProtectionContact,
                                  List<Activity> processingActivities, List<Category> dataCategories,
                                  List<PartyShare> namedRecipients, OtherRecipients otherRecipients,
                                  Retention retention, List<Measure> securityMeasures) {

    public record Controller(String name, String tradeName, String businessId, String address) {
    }

    /** One purpose: Art. 30(1)(b) to (d), and (f) by reference to {@link #retention}. */
    public record Activity(ProcessingPurpose purpose, String description, LegalBasis legalBasis,
                           ConsentPurpose consentPurpose, String dataSubjects, List<DataCategory> dataCategories,
                           List<String> recipients) {
    }

    public record Category(DataCategory category, String description, boolean healthData) {
    }

    /** Anyone the notice does not name: only on a consent for that recipient, with this evidence. */
    public record OtherRecipients(ConsentPurpose consentPurpose, EvidenceMethod evidence, String description) {
    }

    /**
     * Art. 30(1)(f): one period for everything about a customer, erased together by destroying the key; and what an
     * erasure on request leaves, by law ({@code register.erasure.exceptions}, as the notice and the erasure's
     * confirmation state them).
     */
    public record Retention(String period, long months, String description, List<ErasureExceptionEntry> exceptionsToErasure) {
    }

    /** One exception to erasure: its settings as written ({@code keptFor} ISO-8601, null without records) and words. */
    public record ErasureExceptionEntry(String code, String appliesTo, String keptFor, String law,
                                        List<String> keptReadable, String description) {
    }

    public record Measure(SecurityMeasure measure, String description) {
    }
}
