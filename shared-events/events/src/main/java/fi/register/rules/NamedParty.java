package fi.register.rules;

import fi.register.events.disclosure.DisclosedField;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static fi.register.events.disclosure.DisclosedField.ADDRESS;
import static fi.register.events.disclosure.DisclosedField.DATE_OF_BIRTH;
import static fi.register.events.disclosure.DisclosedField.EMAIL;
import static fi.register.events.disclosure.DisclosedField.LANGUAGE;
import static fi.register.events.disclosure.DisclosedField.NAME;
import static fi.register.events.disclosure.DisclosedField.PHONE;

/**
 * The roles the register description names a party for, and what each role needs of a customer's data without the
 * customer's written permission. The parties' names are settings ({@link PartyNames}); what each role receives is
 * the register's rule and stays here.
 */
public enum NamedParty {
    /** Neurosonic Finland Oy: the order confirmation of a Neurosonic device only, never anything through a disclosure. */
    NEUROSONIC(EnumSet.noneOf(DisclosedField.class)),
    /**
     * The FIRSTBEAT wellbeing analysis: its customer profile is the name and the date of birth (without any identity
     * code), and only for a customer who uses the analysis ({@link PartyNames#servicesOf}).
     */
    FIRSTBEAT(EnumSet.of(NAME, DATE_OF_BIRTH)),
    /** Emfit sleep monitoring: who is monitored, and where the monitor goes. */
    EMFIT(EnumSet.of(NAME, ADDRESS, EMAIL, PHONE)),
    /** The customer management and booking system: who booked and how to reach them, in their language. */
    BOOKING_SYSTEM(EnumSet.of(NAME, EMAIL, PHONE, LANGUAGE));

    private final EnumSet<DisclosedField> fieldsWithoutConsent;

    NamedParty(EnumSet<DisclosedField> fieldsWithoutConsent) {
        this.fieldsWithoutConsent = fieldsWithoutConsent;
    }

    public Set<DisclosedField> fieldsWithoutConsent() {
        return EnumSet.copyOf(fieldsWithoutConsent);
    }

    /** The role a disclosure or consent records by its code ({@code FIRSTBEAT}); null for none. */
    public static NamedParty ofCode(String code) {
        return code == null ? null : valueOf(code);
    }

    /** The code events record the role by: its name, readable after erasure. */
    public String code() {
        return name();
    }

    /** "Neurosonic  finland OY" is Neurosonic Finland Oy: a typing difference must not open or close a disclosure. */
    public static boolean sameParty(String a, String b) {
        return a != null && b != null && normalized(a).equals(normalized(b));
    }

    private static String normalized(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
