package fi.register.query.export;

import fi.register.query.audit.ReadOfPersonalData;
import fi.register.query.customer.CustomerResponse.ConsentChange;
import fi.register.query.registerview.RegisterView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the register holds about one subject, in a machine-readable form (GDPR Art. 15 right of access,
 * Art. 20 portability): the register view with every wellness service (interviews, bookings, service events, orders,
 * disclosures, recommendations, feedback), the history of consent changes, and every event recorded about the subject
 * with its personal fields decrypted, and when the subject's personal data was read and what of it (the read audit,
 * without the readers' names: see {@link ReadOfPersonalData}).
 */
record CustomerExport(UUID customerId, Instant exportedAt, String exportedBy, RegisterView registerView,
                      List<ConsentChange> consentHistory, List<ExportedEvent> eventHistory,
                      List<ReadOfPersonalData> readsOfPersonalData) {
}
