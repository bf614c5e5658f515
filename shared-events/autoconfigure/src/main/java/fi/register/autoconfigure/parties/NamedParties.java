package fi.register.autoconfigure.parties;

import fi.register.rules.NamedParty;
import fi.register.rules.PartyNames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the parties the register description names (settings under {@code register.named-parties}, the seed's
 * values by default), so another clinic's partners can be configured without touching the rules; and, under
 * {@code services}, the services of the clinic each party works for: its role covers only a customer who uses one of
 * them. A party not listed there serves every customer (the booking system).
 */
@ConfigurationProperties("register.named-parties")
public record NamedParties(String neurosonic, String firstbeat, String emfit, String bookingSystem,
                           Map<NamedParty, List<String>> services) implements PartyNames {

    /** The seed's services: the analysis for FIRSTBEAT, the sleep monitoring for Emfit, the devices for Neurosonic. */
    public static final Map<NamedParty, List<String>> SEED_SERVICES = Map.of(
            NamedParty.NEUROSONIC, List.of("NEUROSONIC_TREATMENT", "NEUROSONIC_RENTAL", "NEUROSONIC_PURCHASE"),
            NamedParty.FIRSTBEAT, List.of("FIRSTBEAT_ANALYSIS"),
            NamedParty.EMFIT, List.of("EMFIT_MONITORING"));

    @ConstructorBinding
    public NamedParties {
        for (String name : new String[] {neurosonic, firstbeat, emfit, bookingSystem}) {
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("register.named-parties needs a name for each of neurosonic, firstbeat, "
                        + "emfit and booking-system");
            }
        }
        Map<NamedParty, List<String>> copy = new EnumMap<>(NamedParty.class);
        (services == null ? SEED_SERVICES : services).forEach((party, codes) -> copy.put(party, List.copyOf(codes)));
        services = Map.copyOf(copy);
    }

    /** The named parties with the seed's services. */
    public NamedParties(String neurosonic, String firstbeat, String emfit, String bookingSystem) {
        this(neurosonic, firstbeat, emfit, bookingSystem, SEED_SERVICES);
    }

    @Override
    public String nameOf(NamedParty party) {
        return switch (party) {
            case NEUROSONIC -> neurosonic;
            case FIRSTBEAT -> firstbeat;
            case EMFIT -> emfit;
            case BOOKING_SYSTEM -> bookingSystem;
        };
    }

    @Override
    public Optional<NamedParty> partyNamed(String recipient) {
        return Map.of(NamedParty.NEUROSONIC, neurosonic, NamedParty.FIRSTBEAT, firstbeat, NamedParty.EMFIT, emfit,
                        NamedParty.BOOKING_SYSTEM, bookingSystem).entrySet().stream()
                .filter(entry -> NamedParty.sameParty(entry.getValue(), recipient))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public Set<String> servicesOf(NamedParty party) {
        return Set.copyOf(services.getOrDefault(party, List.of()));
    }
}
