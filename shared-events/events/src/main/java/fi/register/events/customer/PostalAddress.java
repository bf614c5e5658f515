package fi.register.events.customer;

/** A postal address. Only ever stored as a whole inside a {@code @PersonalData} component. */
public record PostalAddress(String street, String postalCode, String city, String country) {
}
