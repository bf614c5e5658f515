package fi.register.query.feed;

import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.booking.BookingRescheduledEvent;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.service.ServiceProvidedEvent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the feed shows of each event type: an allow-list, so a field is out until someone decides it may go out, and
 * a new event type or field never leaks by default. Only codes, service names, field names and the event's own times;
 * never the subject's id, never a {@code @PersonalData} field ({@code FeedAllowListTest} holds both), never a free
 * text, a date of birth or an appointment time. Types not listed (the reads of personal data and the refused
 * requests: staff user names, no business; a data subject's requests, the DPO's to answer) are passed over.
 * <p>
 * A cancellation carries no service and a withdrawal no channel, so a consumer counting them must link them to the
 * booking or consent they close: {@code booking} and {@code consent} are pseudonyms of those random ids, different
 * for every consumer ({@link FeedPseudonyms}), which link a booking's events to each other and to nothing else.
 */
final class FeedAllowList {

    /** Pseudonymized, never shown as they are: the register's own ids would join the feed to its other outputs. */
    static final Map<String, String> PSEUDONYMIZED = Map.of("bookingId", "booking", "consentId", "consent");

    private static final Map<Class<?>, List<String>> FIELDS = Map.ofEntries(
            Map.entry(CustomerRegisteredEvent.class, List.of("kind", "customerGroup", "language", "registeredAt")),
            Map.entry(CustomerRectifiedEvent.class, List.of("rectifiedFields", "rectifiedAt")),
            Map.entry(SubjectErasedEvent.class, List.of("reason", "erasedAt")),
            Map.entry(BookingMadeEvent.class, List.of("bookingId", "service", "channel", "bookedAt")),
            Map.entry(BookingRescheduledEvent.class, List.of("bookingId", "rescheduledAt")),
            Map.entry(BookingCancelledEvent.class, List.of("bookingId", "cancelledAt")),
            Map.entry(BookingCompletedEvent.class, List.of("bookingId", "service", "serviceProvidedAt")),
            Map.entry(ServiceProvidedEvent.class, List.of("service", "kind", "serviceProvidedAt")),
            Map.entry(OrderPlacedEvent.class, List.of("product", "terms", "placedAt")),
            Map.entry(InterviewRecordedEvent.class, List.of("services", "recordedAt")),
            Map.entry(ConsentGivenEvent.class, List.of("consentId", "purpose", "channel", "evidenceMethod",
                    "noticeVersion", "givenAt")),
            Map.entry(ConsentWithdrawnEvent.class, List.of("consentId", "purpose", "withdrawnAt")),
            Map.entry(ProgramRecommendedEvent.class, List.of("recommendedAt")),
            Map.entry(ProgramFeedbackRecordedEvent.class, List.of("recordedAt")),
            Map.entry(PersonalDataDisclosedEvent.class, List.of("namedParty", "fields", "disclosedAt")),
            // corrections (issue 12): which fields were corrected and when, never the values
            Map.entry(InterviewRectifiedEvent.class, List.of("rectifiedFields", "rectifiedAt")),
            Map.entry(ProgramRecommendationRectifiedEvent.class, List.of("rectifiedFields", "rectifiedAt")),
            Map.entry(ProgramFeedbackRectifiedEvent.class, List.of("rectifiedFields", "rectifiedAt")),
            Map.entry(DeliveryAddressRectifiedEvent.class, List.of("rectifiedAt")));

    private FeedAllowList() {
    }

    static Map<Class<?>, List<String>> fields() {
        return FIELDS;
    }

    /** The item for this payload, or empty for a type the feed does not carry. */
    static Optional<FeedItem> item(long position, Instant time, Object payload, FeedPseudonyms.OfConsumer pseudonyms) {
        if (payload == null) {
            return Optional.empty();
        }
        List<String> allowed = FIELDS.get(payload.getClass());
        if (allowed == null) {
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            String name = component.getName();
            if (!allowed.contains(name)) {
                continue;
            }
            Object value = read(component, payload);
            if (PSEUDONYMIZED.containsKey(name)) {
                fields.put(PSEUDONYMIZED.get(name), value == null ? null : pseudonyms.of(name, (UUID) value));
            } else {
                fields.put(name, shown(value));
            }
        }
        return Optional.of(new FeedItem(position, payload.getClass().getSimpleName(), time, fields));
    }

    /** Codes as their names, sets sorted, times as ISO-8601: the same JSON whatever serializes it. */
    private static Object shown(Object value) {
        if (value instanceof Enum<?> code) {
            return code.name();
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(FeedAllowList::shown).map(String::valueOf).sorted().toList();
        }
        return value;
    }

    private static Object read(RecordComponent component, Object payload) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("An event's field could not be read: " + component.getName(), e);
        }
    }

    /** For the test that holds the list to what the events declare. */
    static List<String> componentNames(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
