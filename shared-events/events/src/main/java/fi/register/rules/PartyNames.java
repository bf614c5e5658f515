package fi.register.rules;

import java.util.Optional;
import java.util.Set;

/**
 * The names the clinic's named parties go by. They are settings (another clinic has other partners), so the rules
 * take them as an input rather than knowing where they are configured.
 */
public interface PartyNames {

    /** The configured name of a role, as disclosures record it. */
    String nameOf(NamedParty party);

    /** The role a recipient's name stands for, whatever its case and spacing. */
    Optional<NamedParty> partyNamed(String recipient);

    /**
     * The services of the clinic a party works for (FIRSTBEAT: {@code FIRSTBEAT_ANALYSIS}): its role covers only a
     * customer who uses one of them. Empty for a party that serves every customer (the booking system).
     */
    Set<String> servicesOf(NamedParty party);
}
