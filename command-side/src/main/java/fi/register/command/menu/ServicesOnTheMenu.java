package fi.register.command.menu;

import fi.register.command.problem.CommandRefusedException;
import fi.register.autoconfigure.problem.Refusal;

import java.util.Collection;

/**
 * A service is one of the clinic's menu, and the menu is the configured customer groups: choosing a service in the
 * interview, booking it or recording that it took place all speak the codes {@code register.customer-groups} lists.
 */
public final class ServicesOnTheMenu {

    private ServicesOnTheMenu() {
    }

    public static void require(CustomerGroups menu, Collection<String> services) {
        if (!services.stream().allMatch(menu::contains)) {
            throw new CommandRefusedException(Refusal.UNKNOWN_SERVICE, "A service must be one of "
                    + menu.customerGroups() + ".");
        }
    }
}
