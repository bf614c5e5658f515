package fi.register.query.feed;

import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.events.audit.SubjectAccessDeniedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import fi.register.events.disclosure.RecipientNotifiedEvent;
import fi.register.events.subjectrequest.SubjectRequestAnsweredEvent;
import fi.register.events.subjectrequest.SubjectRequestReceivedEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's allow-list held to what the published language declares personal, for every event there is. */
class FeedAllowListTest {

    /**
     * Passed over on purpose: who read or was refused (staff user names), not a business event; and a data subject's
     * requests under the GDPR and the recipients told of their changes, which are the DPO's duties, not the clinic's
     * business to report on.
     */
    private static final Set<Class<?>> NOT_CARRIED = Set.of(PersonalDataReadEvent.class, SubjectAccessDeniedEvent.class,
            SubjectRequestReceivedEvent.class, SubjectRequestAnsweredEvent.class, RecipientNotifiedEvent.class);

    @Test
    void keeps_NoPersonalFieldAndNoSubjectId_InAnyEventTypesList() {
        FeedAllowList.fields().forEach((type, allowed) -> {
            List<String> components = FeedAllowList.componentNames(type);
            assertThat(components).as(type.getSimpleName() + " has every allowed field").containsAll(allowed);
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(PersonalData.class) || component.isAnnotationPresent(DataSubjectId.class)) {
                    assertThat(allowed).as(type.getSimpleName() + " leaves out " + component.getName())
                            .doesNotContain(component.getName());
                }
            }
        });
    }

    @Test
    void keeps_EveryEventOfThePublishedLanguage_EitherListedOrPassedOverOnPurpose() {
        List<Class<?>> events = eventsOfThePublishedLanguage();
        assertThat(events).contains(BookingMadeEvent.class, PersonalDataReadEvent.class);
        for (Class<?> event : events) {
            assertThat(FeedAllowList.fields().containsKey(event) || NOT_CARRIED.contains(event))
                    .as(event.getSimpleName() + " is either carried by the feed or passed over on purpose").isTrue();
        }
    }

    @Test
    void emits_APseudonymInPlaceOfTheBookingId_TheSameForOneConsumerAndDifferentForAnother() {
        FeedPseudonyms pseudonyms = new FeedPseudonyms(new byte[32]);
        UUID bookingId = UUID.randomUUID();
        BookingMadeEvent made = new BookingMadeEvent(UUID.randomUUID(), bookingId, "EMFIT_MONITORING",
                Instant.parse("2025-02-01T10:00:00Z"), null, Instant.parse("2025-01-01T10:00:00Z"));

        FeedItem forOne = FeedAllowList.item(7, Instant.EPOCH, made, pseudonyms.forConsumer("reporting")).orElseThrow();
        FeedItem again = FeedAllowList.item(7, Instant.EPOCH, made, pseudonyms.forConsumer("reporting")).orElseThrow();
        FeedItem forAnother = FeedAllowList.item(7, Instant.EPOCH, made, pseudonyms.forConsumer("bi")).orElseThrow();

        assertThat(forOne.fields()).containsOnlyKeys("booking", "service", "channel", "bookedAt");
        assertThat(forOne.fields().get("booking")).isEqualTo(again.fields().get("booking"))
                .isNotEqualTo(forAnother.fields().get("booking")).isNotEqualTo(bookingId.toString());
        assertThat(forOne.toString()).doesNotContain(bookingId.toString()).doesNotContain(made.customerId().toString())
                .doesNotContain("2025-02-01");
    }

    private static List<Class<?>> eventsOfThePublishedLanguage() {
        try {
            Path location = Path.of(BookingMadeEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // the classes' directory in the IDE, the module's jar in a reactor build
            try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
                 Stream<Path> files = Files.walk((jar == null ? location : jar.getPath("/")).resolve("fi/register/events"))) {
                Path root = jar == null ? location : jar.getPath("/");
                return files.map(file -> root.relativize(file).toString())
                        .filter(name -> name.endsWith("Event.class"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .<Class<?>>map(FeedAllowListTest::load)
                        .filter(Class::isRecord)
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
