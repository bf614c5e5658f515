package fi.register.query.console;

import fi.register.autoconfigure.console.ConsoleAccessRules;
import fi.register.autoconfigure.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query side's console pages are the staff's: the search, the customer card and its prefilled
 * rectification form (posted to the command side). */
@Configuration(proxyBeanMethods = false)
class ConsoleAccess {

    @Bean
    ConsoleAccessRules querySideConsolePages() {
        return pages -> pages
                .requestMatchers(CustomerSearchPageController.PATH, CustomerSearchPageController.PATH + "/*",
                        CustomerDetailsFormController.PATH.replace("{customerId}", "*"))
                .hasRole(Role.STAFF.name());
    }
}
