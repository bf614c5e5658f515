package fi.register.query.console;

import fi.register.autoconfigure.console.ConsoleAccessRules;
import fi.register.autoconfigure.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query side's console pages are the staff's: the search and the customer card. */
@Configuration(proxyBeanMethods = false)
class ConsoleAccess {

    @Bean
    ConsoleAccessRules querySideConsolePages() {
        return pages -> pages
                .requestMatchers(CustomerSearchPageController.PATH, CustomerSearchPageController.PATH + "/*")
                .hasRole(Role.STAFF.name());
    }
}
