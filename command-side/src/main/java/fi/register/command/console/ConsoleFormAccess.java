package fi.register.command.console;

import fi.register.autoconfigure.console.ConsoleAccessRules;
import fi.register.autoconfigure.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's console pages, the forms that command, are the staff's. They live under a prefix of their own,
 * so a gateway in front of split sides can route every form to the command side by its path alone.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleFormAccess {

    static final String FORMS = "/console/forms";

    @Bean
    ConsoleAccessRules commandSideConsolePages() {
        return pages -> pages.requestMatchers(FORMS + "/**").hasRole(Role.STAFF.name());
    }
}
