package fi.register.autoconfigure.parties;

import fi.register.rules.NamedParty;
import fi.register.rules.PartyNames;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;
import java.util.Optional;

/**
 * The names of the parties the register description names (settings under {@code register.named-parties}, the seed's
 * values by default), so another clinic's partners can be configured without touching the rules.
 */
@ConfigurationProperties("register.named-parties")
public record NamedParties(String neurosonic, String firstbeat, String emfit, String bookingSystem) implements PartyNames {

    public NamedParties {
        for (String name : new String[] {neurosonic, firstbeat, emfit, bookingSystem}) {
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("register.named-parties needs a name for each of neurosonic, firstbeat, "
                        + "emfit and booking-system");
            }
        }
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
}
