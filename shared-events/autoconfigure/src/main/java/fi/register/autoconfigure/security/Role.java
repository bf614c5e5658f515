package fi.register.autoconfigure.security;

/** The register's roles (docs/design.md, "Who may do what"). */
public enum Role {
    /** Clinic staff: customers, consents, bookings, interviews, orders, recommendations, feedback. */
    STAFF,
    /** The person responsible for data protection: erasure, access export, audit trail, compliance replay. */
    DPO,
    /** Management: reports only, never personal data. */
    MANAGEMENT,
    /** A downstream reporting system: the reporting feed only, which holds no personal data. */
    REPORTING
}
