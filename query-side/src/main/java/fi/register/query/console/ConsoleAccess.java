package fi.register.query.console;

import fi.register.autoconfigure.console.ConsoleAccessRules;
import fi.register.autoconfigure.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query side's console pages, by the API's own rules: the search and the customer card are the staff's and the
 * data protection officer's (as {@code GET /api/customers} and {@code /api/customers/{id}}), the prefilled
 * rectification form (posted to the command side) the staff's; everything under {@link #DPO_PAGES} the officer's
 * (the erasure's confirmation, the audit trail, the compliance replay), under {@link #MANAGEMENT_PAGES} management's
 * report, which the officer may check as the API allows.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleAccess {

    public static final String DPO_PAGES = "/console/dpo";
    public static final String MANAGEMENT_PAGES = "/console/management";

    @Bean
    ConsoleAccessRules querySideConsolePages() {
        String staff = Role.STAFF.name();
        String dpo = Role.DPO.name();
        return pages -> pages
                .requestMatchers(CustomerDetailsFormController.PATH.replace("{customerId}", "*")).hasRole(staff)
                .requestMatchers(CustomerSearchPageController.PATH + "/*/interviews/*",
                        CustomerSearchPageController.PATH + "/*/orders/*",
                        CustomerSearchPageController.PATH + "/*/recommendations/*",
                        CustomerSearchPageController.PATH + "/*/feedback/*").hasRole(staff)
                .requestMatchers(CustomerSearchPageController.PATH, CustomerSearchPageController.PATH + "/*")
                .hasAnyRole(staff, dpo)
                .requestMatchers(DPO_PAGES + "/**").hasRole(dpo)
                .requestMatchers(MANAGEMENT_PAGES + "/**").hasAnyRole(Role.MANAGEMENT.name(), dpo);
    }
}
