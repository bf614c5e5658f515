package fi.register.command.security;

import fi.register.autoconfigure.security.AccessRules;
import fi.register.autoconfigure.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the command side (docs/design.md, "Who may do what"). Checked before the request body
 * is read, so a caller without the role learns nothing from validation messages.
 */
@Configuration(proxyBeanMethods = false)
class CommandSideAccessRules {

    @Bean
    AccessRules commandSideAccess() {
        String staff = Role.STAFF.name();
        String dpo = Role.DPO.name();
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/customers/*/erasure").hasRole(dpo)
                .requestMatchers(HttpMethod.GET, "/api/retention/due").hasRole(dpo)
                // a data subject's requests and their answers: the data protection officer's duty (GDPR Art. 12)
                .requestMatchers(HttpMethod.POST, "/api/customers/*/subject-requests",
                        "/api/customers/*/subject-requests/*/answer").hasRole(dpo)
                // telling recipients of a rectification or erasure (GDPR Art. 19): the data protection officer's
                .requestMatchers(HttpMethod.POST, "/api/customers/*/recipient-notifications").hasRole(dpo)
                .requestMatchers(HttpMethod.POST, "/api/customers").hasRole(staff)
                .requestMatchers(HttpMethod.PUT, "/api/customers/*").hasRole(staff)
                .requestMatchers(HttpMethod.PATCH, "/api/customers/*").hasRole(staff)
                .requestMatchers(HttpMethod.PATCH, "/api/customers/*/interviews/*", "/api/customers/*/orders/*",
                        "/api/customers/*/recommendations/*", "/api/customers/*/feedback/*").hasRole(staff)
                .requestMatchers(HttpMethod.POST, "/api/customers/*/consents").hasRole(staff)
                // wellness services: interviews, bookings, service events, orders, disclosures, programs
                .requestMatchers(HttpMethod.POST, "/api/customers/*/interviews", "/api/customers/*/bookings",
                        "/api/customers/*/bookings/*/cancellation", "/api/customers/*/bookings/*/completion",
                        "/api/customers/*/service-events", "/api/customers/*/orders", "/api/customers/*/disclosures",
                        "/api/customers/*/recommendations", "/api/customers/*/feedback").hasRole(staff)
                .requestMatchers(HttpMethod.PUT, "/api/customers/*/bookings/*").hasRole(staff)
                .requestMatchers(HttpMethod.DELETE, "/api/customers/*/bookings/*").hasRole(staff)
                .requestMatchers(HttpMethod.DELETE, "/api/customers/*/consents/*").hasRole(staff);
    }
}
