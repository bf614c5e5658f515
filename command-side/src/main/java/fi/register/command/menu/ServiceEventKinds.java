package fi.register.command.menu;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import fi.register.events.service.ServiceEventKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What can take place for each service on the menu ({@code register.service-event-kinds}): a treatment is given, a
 * rental device is handed over and returned, an analysis is delivered. A service event that names a kind its service
 * does not have ("a Neurosonic purchase: treatment given") is refused, because it would restart the retention clock
 * and count in the reports for something that cannot have happened. A service with no kinds listed has none.
 */
@ConfigurationProperties("register")
public record ServiceEventKinds(Map<String, Set<ServiceEventKind>> serviceEventKinds) {

    public ServiceEventKinds {
        Map<String, Set<ServiceEventKind>> copy = new TreeMap<>();
        if (serviceEventKinds != null) {
            serviceEventKinds.forEach((service, kinds) -> copy.put(service,
                    kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds))));
        }
        serviceEventKinds = Map.copyOf(copy);
    }

    public void require(String service, ServiceEventKind kind) {
        Set<ServiceEventKind> kinds = serviceEventKinds.getOrDefault(service, Set.of());
        if (!kinds.contains(kind)) {
            throw new CommandRefusedException(Refusal.KIND_NOT_FOR_SERVICE, "A service event of " + service
                    + " is one of " + kinds.stream().sorted().toList() + ".");
        }
    }
}
