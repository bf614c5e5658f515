package fi.register.query.export;

import fi.register.autoconfigure.parties.NamedParties;
import fi.register.events.booking.BookingStatus;
import fi.register.query.audit.ReadOfPersonalData;
import fi.register.query.booking.BookingResponse;
import fi.register.query.booking.ServiceEventResponse;
import fi.register.query.compliance.RetentionSettings;
import fi.register.query.order.DisclosureResponse;
import fi.register.query.recipients.RecipientToTell;
import fi.register.query.registerview.RegisterView;
import fi.register.rules.NamedParty;
import fi.register.rules.RetentionPeriod;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gathers the access copy from the register view and the read audit: the disclosures' recipients by name, the
 * bookings' channels as the data's sources, and the retention deadline by {@link RetentionPeriod}, the rule the command
 * side erases by (from the last service event in the view, or the registration while there is none).
 */
@Component
class AccessCopies {

    private final RetentionSettings retention;
    private final NamedParties parties;

    AccessCopies(RetentionSettings retention, NamedParties parties) {
        this.retention = retention;
        this.parties = parties;
    }

    AccessCopy of(RegisterView view, List<ReadOfPersonalData> consultations, List<RecipientToTell> told,
                  Instant madeAt) {
        List<AccessCopy.Disclosure> disclosures = view.disclosures().stream()
                .map(disclosure -> new AccessCopy.Disclosure(recipientOf(disclosure), disclosure)).toList();
        // each told recipient by the name its disclosure shows: a consent's recipient is named only there
        Map<UUID, String> recipients = disclosures.stream().collect(Collectors.toMap(
                disclosure -> disclosure.disclosure().disclosureId(), disclosure -> String.valueOf(disclosure.recipient()),
                (first, same) -> first));
        List<AccessCopy.Told> toldOfChanges = told.stream()
                .map(notification -> new AccessCopy.Told(recipients.getOrDefault(notification.disclosureId(),
                        notification.recipientName()), notification)).toList();
        List<String> processors = Arrays.stream(NamedParty.values()).filter(party -> party != NamedParty.NEUROSONIC)
                .map(parties::nameOf).toList();
        Set<String> channels = view.bookings().stream().map(BookingResponse::channel).filter(channel -> channel != null)
                .map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> partyNames = Arrays.stream(NamedParty.values())
                .collect(Collectors.toMap(NamedParty::code, parties::nameOf));
        return new AccessCopy(madeAt, view, disclosures, processors, partyNames, channels, retentionOf(view), consultations,
                toldOfChanges);
    }

    private AccessCopy.Retention retentionOf(RegisterView view) {
        RetentionPeriod rule = retention.rule();
        Instant measuredFrom = view.customer().registeredAt();
        for (ServiceEventResponse service : view.serviceEvents()) {
            measuredFrom = RetentionPeriod.later(measuredFrom, service.serviceProvidedAt());
        }
        boolean openBooking = view.bookings().stream().anyMatch(booking -> booking.status() == BookingStatus.BOOKED);
        return new AccessCopy.Retention(retention.period().toTotalMonths(), measuredFrom,
                measuredFrom == null ? null : rule.eraseAfter(measuredFrom), openBooking);
    }

    private String recipientOf(DisclosureResponse disclosure) {
        return disclosure.namedParty() != null ? parties.nameOf(NamedParty.ofCode(disclosure.namedParty()))
                : disclosure.recipient();
    }
}
