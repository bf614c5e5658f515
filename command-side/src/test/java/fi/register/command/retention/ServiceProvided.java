package fi.register.command.retention;

import fi.register.events.personal.DataSubjectId;
import fi.register.events.service.ServiceEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A stand-in for the clinic's real service events (a completed booking, a delivered order), which come with
 * their own features: retention relies on the {@link ServiceEvent} type alone, so any implementation will do.
 */
record ServiceProvided(@DataSubjectId UUID customerId, Instant serviceProvidedAt) implements ServiceEvent {
}
