package fi.register.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The seed's party names, as the settings give them, without Spring. */
final class Parties implements PartyNames {

    static final Parties SEED = new Parties();

    @Override
    public String nameOf(NamedParty party) {
        return switch (party) {
            case NEUROSONIC -> "Neurosonic Finland Oy";
            case FIRSTBEAT -> "Firstbeat Technologies Oy";
            case EMFIT -> "Emfit Oy";
            case BOOKING_SYSTEM -> "Tehden asiakashallintajärjestelmä (Avoinna24)";
        };
    }

    @Override
    public Set<String> servicesOf(NamedParty party) {
        return switch (party) {
            case NEUROSONIC -> Set.of("NEUROSONIC_TREATMENT", "NEUROSONIC_RENTAL", "NEUROSONIC_PURCHASE");
            case FIRSTBEAT -> Set.of("FIRSTBEAT_ANALYSIS");
            case EMFIT -> Set.of("EMFIT_MONITORING");
            case BOOKING_SYSTEM -> Set.of();
        };
    }

    @Override
    public Optional<NamedParty> partyNamed(String recipient) {
        return Arrays.stream(NamedParty.values()).filter(party -> NamedParty.sameParty(nameOf(party), recipient)).findFirst();
    }
}
