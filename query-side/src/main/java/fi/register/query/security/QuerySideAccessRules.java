package fi.register.query.security;

import fi.register.autoconfigure.security.AccessRules;
import fi.register.autoconfigure.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may read what on the query side (docs/design.md, "Who may do what"): staff and the data protection officer see the
 * register view, only the data protection officer hands out the access export, management none of it (reports
 * only, never personal data). Checked before the request is read, so a caller without the role learns nothing from
 * validation messages (the register's one security chain applies them).
 */
@Configuration(proxyBeanMethods = false)
class QuerySideAccessRules {

    @Bean
    AccessRules querySideAccess() {
        String staff = Role.STAFF.name();
        String dpo = Role.DPO.name();
        String management = Role.MANAGEMENT.name();
        String reporting = Role.REPORTING.name();
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/customers/*/export").hasRole(dpo)
                // what an erasure would meet: the DPO erases
                .requestMatchers(HttpMethod.GET, "/api/customers/*/erasure").hasRole(dpo)
                // the audit trail and the compliance replay are the data protection officer's duties
                .requestMatchers(HttpMethod.GET, "/api/audit").hasRole(dpo)
                .requestMatchers(HttpMethod.POST, "/api/compliance/replay").hasRole(dpo)
                // the subjects' open requests and their deadlines (GDPR Art. 12(3)): the DPO answers them
                .requestMatchers(HttpMethod.GET, "/api/subject-requests").hasRole(dpo)
                // the recipients to tell of a rectification or erasure (GDPR Art. 19): the DPO records them told
                .requestMatchers(HttpMethod.GET, "/api/recipient-notifications",
                        "/api/customers/*/recipient-notifications").hasRole(dpo)
                // the signed checkpoints of the history and their proofs: evidence the DPO hands to an auditor
                .requestMatchers(HttpMethod.GET, "/api/checkpoints/**").hasRole(dpo)
                // a projection's dead letters and their retry: the DPO answers for the views being whole
                .requestMatchers("/api/dead-letters", "/api/dead-letters/**").hasRole(dpo)
                // the wellness services' lists are the staff's working views; the DPO reads them in the export
                .requestMatchers(HttpMethod.GET, "/api/customers/*/bookings", "/api/customers/*/orders",
                        "/api/customers/*/orders/*/confirmation", "/api/customers/*/recommendations",
                        "/api/customers/*/feedback").hasRole(staff)
                .requestMatchers(HttpMethod.GET, "/api/customers/*").hasAnyRole(staff, dpo)
                .requestMatchers(HttpMethod.GET, "/api/customers").hasAnyRole(staff, dpo)
                // counts only, never personal data: management's reports, which the DPO may check
                .requestMatchers(HttpMethod.GET, "/api/reports/service-use").hasAnyRole(management, dpo)
                // the reporting feed: a downstream system's own role, and nobody else's (it reads the whole store)
                .requestMatchers(HttpMethod.GET, "/api/feed", "/api/feed/live").hasRole(reporting)
                // the records of processing are the controller's, kept by the DPO; the privacy notice is everyone's
                .requestMatchers(HttpMethod.GET, "/api/records-of-processing").hasRole(dpo)
                .requestMatchers(HttpMethod.GET, "/privacy-notice").permitAll();
    }
}
