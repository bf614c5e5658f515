package fi.register.command.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** The customer groups the clinic uses (asiakasryhmä), a setting so another clinic can use its own. */
@ConfigurationProperties("register")
public record CustomerGroups(List<String> customerGroups) {

    public CustomerGroups {
        customerGroups = customerGroups == null ? List.of() : List.copyOf(customerGroups);
    }

    public boolean contains(String group) {
        return customerGroups.contains(group);
    }
}
