package fi.register.command.interview;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Collection;
import java.util.List;

/**
 * The services whose profile needs the customer's date of birth (the seed: the FIRSTBEAT analysis), a setting like
 * the menu itself so another clinic's services can say the same.
 */
@ConfigurationProperties("register")
public record DateOfBirthServices(List<String> dateOfBirthServices) {

    public DateOfBirthServices {
        dateOfBirthServices = dateOfBirthServices == null ? List.of() : List.copyOf(dateOfBirthServices);
    }

    public boolean anyNeedsDateOfBirth(Collection<String> services) {
        return services != null && services.stream().anyMatch(dateOfBirthServices::contains);
    }
}
