package fi.register.autoconfigure.console;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which role may open which of a side's console pages. Each side declares one bean of these for its own pages; the
 * console's security chain applies every side's rules present, then refuses any console path nobody claimed. The
 * server decides: a link the page does not show is not what keeps a role out.
 */
@FunctionalInterface
public interface ConsoleAccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages);
}
