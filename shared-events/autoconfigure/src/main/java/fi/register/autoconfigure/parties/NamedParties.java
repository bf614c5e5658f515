package fi.register.autoconfigure.parties;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the parties the register description names (settings under {@code register.named-parties}, the seed's
 * values by default), so another clinic's partners can be configured without touching the rules.
 */
@ConfigurationProperties("register.named-parties")
public record NamedParties(String neurosonic, String firstbeat, String emfit, String bookingSystem) {

    public NamedParties {
        for (String name : new String[] {neurosonic, firstbeat, emfit, bookingSystem}) {
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("register.named-parties needs a name for each of neurosonic, firstbeat, "
                        + "emfit and booking-system");
            }
        }
    }

    /** The configured name of a role, as disclosures record it. */
    public String nameOf(NamedParty party) {
        return switch (party) {
            case NEUROSONIC -> neurosonic;
            case FIRSTBEAT -> firstbeat;
            case EMFIT -> emfit;
            case BOOKING_SYSTEM -> bookingSystem;
        };
    }

    /** The role a recipient's name stands for, whatever its case and spacing. */
    public Optional<NamedParty> partyNamed(String recipient) {
        return Map.of(NamedParty.NEUROSONIC, neurosonic, NamedParty.FIRSTBEAT, firstbeat, NamedParty.EMFIT, emfit,
                        NamedParty.BOOKING_SYSTEM, bookingSystem).entrySet().stream()
                .filter(entry -> sameParty(entry.getValue(), recipient))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** "Neurosonic  finland OY" is Neurosonic Finland Oy: a typing difference must not open or close a disclosure. */
    public static boolean sameParty(String a, String b) {
        return a != null && b != null && normalized(a).equals(normalized(b));
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
