package fi.register.command.disclosure;

import fi.register.events.LegalBasis;

import java.util.UUID;

/** Whom the data goes to (as the event records the name), and on which basis: the consent's id with CONSENT. */
public record DisclosureBasis(String recipient, LegalBasis legalBasis, UUID consentId) {
}
