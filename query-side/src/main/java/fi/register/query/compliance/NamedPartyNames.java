package fi.register.query.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;

/**
 * The names of the parties the register description names, from the same settings the command side records
 * disclosures with ({@code register.named-parties.*}), so a recipient on the contract is recognised by the name it
 * was disclosed under.
 */
@ConfigurationProperties("register.named-parties")
record NamedPartyNames(String neurosonic, String firstbeat, String emfit, String bookingSystem) {

    NamedPartyNames {
        for (String name : new String[] {neurosonic, firstbeat, emfit, bookingSystem}) {
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("register.named-parties needs a name for each of neurosonic, firstbeat, "
                        + "emfit and booking-system");
            }
        }
    }

    /** As the command side compares names: case and spacing never open or close a disclosure. */
    static boolean sameParty(String a, String b) {
        return a != null && b != null && normalized(a).equals(normalized(b));
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
