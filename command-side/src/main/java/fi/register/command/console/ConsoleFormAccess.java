package fi.register.command.console;

import fi.register.autoconfigure.console.ConsoleAccessRules;
import fi.register.autoconfigure.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's console pages, the forms that command, are the staff's; those under {@link #DPO_PAGES} (the
 * erasure, the retention listing) are the data protection officer's, as the API's erasure and retention listing
 * are. They live under a prefix of their own, so a gateway in front of split sides can route every command-side page
 * by its path alone.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleFormAccess {

    static final String FORMS = "/console/forms";
    /** The data protection officer's command-side pages: claimed before the staff's prefix that contains it. */
    public static final String DPO_PAGES = FORMS + "/dpo";

    @Bean
    ConsoleAccessRules commandSideConsolePages() {
        return pages -> pages
                .requestMatchers(DPO_PAGES + "/**").hasRole(Role.DPO.name())
                .requestMatchers(FORMS + "/**").hasRole(Role.STAFF.name());
    }
}
