package fi.register.events.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A service event (palvelutapahtuma): the clinic actually provided a service to the subject.
 * The privacy notice keeps data 24 months from the customer's last service event, so every event
 * that restarts that clock says so by implementing this type, and nothing else restarts it.
 */
public interface ServiceEvent {

    /** The subject the service was provided to. */
    UUID customerId();

    /** When the service took place: the moment the retention period restarts from. */
    Instant serviceProvidedAt();
}
