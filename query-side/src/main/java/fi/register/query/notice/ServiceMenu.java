package fi.register.query.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The clinic's customer groups, which are its service menu ({@code register.customer-groups}), and the services whose
 * profile needs a date of birth ({@code register.date-of-birth-services}): the very lists the command side registers,
 * books, records and refuses by (both in register-shared.yml), so the notice never lists a service the register does
 * not offer, nor says a date of birth is kept where the register would refuse it.
 */
@ConfigurationProperties("register")
public record ServiceMenu(List<String> customerGroups, List<String> dateOfBirthServices) {

    public ServiceMenu {
        customerGroups = customerGroups == null ? List.of() : List.copyOf(customerGroups);
        dateOfBirthServices = dateOfBirthServices == null ? List.of() : List.copyOf(dateOfBirthServices);
    }
}
