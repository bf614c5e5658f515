package fi.register.query.audit;

import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.ReadPurpose;

import java.time.Instant;

/**
 * A read of a subject's personal data as the access export shows it to the subject: when, what was read and why. Not who:
 * the staff who consult the register are the controller's own people, not recipients (GDPR Art. 15(1)(c)); the CJEU
 * held the same in C-579/21 (Pankki S, 2023): the times and purposes of consultations are the subject's to know, the
 * employees' identities in general not. The data protection officer's audit trail shows the reader.
 */
public record ReadOfPersonalData(Instant at, PersonalDataRead what, ReadPurpose purpose) {
}
