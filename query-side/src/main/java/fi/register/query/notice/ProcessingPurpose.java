package fi.register.query.notice;

import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentPurpose;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static fi.register.query.notice.DataCategory.BILLING;
import static fi.register.query.notice.DataCategory.BOOKINGS_AND_ORDERS;
import static fi.register.query.notice.DataCategory.CONSENTS;
import static fi.register.query.notice.DataCategory.CONTACT;
import static fi.register.query.notice.DataCategory.CUSTOMER_GROUP_AND_LANGUAGE;
import static fi.register.query.notice.DataCategory.DATE_OF_BIRTH;
import static fi.register.query.notice.DataCategory.DISCLOSURES;
import static fi.register.query.notice.DataCategory.IDENTITY;
import static fi.register.query.notice.DataCategory.PROGRAMS_AND_FEEDBACK;
import static fi.register.query.notice.DataCategory.WELLBEING_INTERVIEW;

/**
 * What the register processes personal data for (the seed's "Henkilötietojen käyttötarkoitus"), each on the legal
 * basis the events record for it ({@link LegalBasis}) and, where that is consent, the {@link ConsentPurpose} the
 * customer gives. A test refuses a consent purpose or a legal basis no purpose states, so the notice cannot leave out
 * what the register asks consent for.
 */
public enum ProcessingPurpose {
    /** The wellness services the customer chose from the menu, bookings, orders, customer support. */
    SERVICES(LegalBasis.CONTRACT, null,
            List.of(IDENTITY, CONTACT, BILLING, CUSTOMER_GROUP_AND_LANGUAGE, BOOKINGS_AND_ORDERS, DATE_OF_BIRTH)),
    /** The wellbeing interview and the relaxation programs: health data, on explicit consent only. */
    HEALTH_DATA(LegalBasis.CONSENT, ConsentPurpose.HEALTH_DATA, List.of(WELLBEING_INTERVIEW, PROGRAMS_AND_FEEDBACK)),
    /** Newsletters and advertising, by the channels the customer consented to. */
    MARKETING(LegalBasis.CONSENT, ConsentPurpose.MARKETING, List.of(IDENTITY, CONTACT, CONSENTS)),
    /** A disclosure to someone the notice does not name: only on the customer's written consent. */
    DISCLOSURE_ON_CONSENT(LegalBasis.CONSENT, ConsentPurpose.DISCLOSURE, List.of(CONSENTS, DISCLOSURES)),
    /** Statistics of service use: counts only, small groups suppressed, never a person. */
    SERVICE_STATISTICS(LegalBasis.CONTRACT, null, List.of(CUSTOMER_GROUP_AND_LANGUAGE, BOOKINGS_AND_ORDERS)),
    /** The records the law requires: consents and their withdrawal, rectifications, erasures, disclosures, reads. */
    LEGAL_OBLIGATIONS(LegalBasis.LEGAL_OBLIGATION, null, List.of(CONSENTS, DISCLOSURES));

    private final LegalBasis basis;
    private final ConsentPurpose consentPurpose;
    private final List<DataCategory> categories;

    ProcessingPurpose(LegalBasis basis, ConsentPurpose consentPurpose, List<DataCategory> categories) {
        this.basis = basis;
        this.consentPurpose = consentPurpose;
        this.categories = categories;
    }

    public LegalBasis basis() {
        return basis;
    }

    /** The consent the customer gives for this purpose; empty where the basis is not consent. */
    public Optional<ConsentPurpose> consentPurpose() {
        return Optional.ofNullable(consentPurpose);
    }

    public List<DataCategory> categories() {
        return categories;
    }

    /** The purpose a consent is given for. */
    public static Optional<ProcessingPurpose> ofConsent(ConsentPurpose purpose) {
        return Stream.of(values()).filter(each -> each.consentPurpose == purpose).findFirst();
    }
}
