package fi.register.command.customer;

import java.util.UUID;

/** The set-based rule behind one register entry per e-mail address, answered from a lookup table. */
public interface EmailRegistry {

    /** Whether another subject than {@code customerId} already holds {@code email}; never for no address ({@code null}). */
    boolean isTakenByAnother(String email, UUID customerId);
}
