package fi.register.command.menu;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The customer groups the clinic uses (asiakasryhmä), a setting so another clinic can use its own. They are also its
 * service menu: a customer is registered in a group, and chooses, books and receives the services the groups name.
 */
@ConfigurationProperties("register")
public record CustomerGroups(List<String> customerGroups) {

    public CustomerGroups {
        customerGroups = customerGroups == null ? List.of() : List.copyOf(customerGroups);
    }

    public boolean contains(String group) {
        return customerGroups.contains(group);
    }
}
