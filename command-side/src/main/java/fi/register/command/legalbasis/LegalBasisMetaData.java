package fi.register.command.legalbasis;

import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import org.axonframework.messaging.MetaData;

import java.util.UUID;

/**
 * The legal basis an event's processing rests on, as the metadata the audit trail and the compliance replay read.
 * The aggregate and its members decide the basis where they apply the event, so it is written in one way only.
 */
public final class LegalBasisMetaData {

    private LegalBasisMetaData() {
    }

    public static MetaData of(LegalBasis basis) {
        return MetaData.with(EventMetadata.LEGAL_BASIS, basis.name());
    }

    /** Processing on a consent names the consent, so the compliance replay can check it was in force at the time. */
    public static MetaData consent(UUID consentId) {
        return of(LegalBasis.CONSENT).and(EventMetadata.CONSENT_ID, consentId.toString());
    }
}
