package fi.register.events;

import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import fi.register.events.service.ServiceEvent;
import fi.register.events.service.ServiceProvidedEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules every message of the published language keeps, checked over all of them so a new one cannot slip past. */
class PublishedLanguageTest {

    @Test
    void onlyTheEventsThatRecordAServiceTakingPlaceAreServiceEvents() {
        // the 24-month retention clock restarts on these and on nothing else
        assertThat(messages().stream().filter(ServiceEvent.class::isAssignableFrom))
                .containsExactlyInAnyOrder(BookingCompletedEvent.class, ServiceProvidedEvent.class);
    }

    @Test
    void everyEventIsARecordAtRevisionOne_OrAtTheRevisionItsUpcasterReadsOlderOnesInto() {
        // changed only through an upcaster (RecipientUpcaster, ReadPurposeUpcaster), which reads revision 1 as revision 2
        Map<Class<?>, String> upcast = Map.of(ConsentGivenEvent.class, "2", PersonalDataDisclosedEvent.class, "2",
                PersonalDataReadEvent.class, "2");
        List<Class<?>> events = messages().stream().filter(type -> type.getSimpleName().endsWith("Event")).toList();
        // the scan reaches every feature package, so a new event is checked without being listed here
        assertThat(events).contains(SubjectErasedEvent.class, ServiceProvidedEvent.class, BookingCompletedEvent.class);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.isRecord()).as(event.getSimpleName() + " is a record").isTrue();
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName() + " has @Revision").isNotNull();
            assertThat(event.getAnnotation(Revision.class).value()).isEqualTo(upcast.getOrDefault(event, "1"));
        });
    }

    @Test
    void everyRecordWithPersonalDataNamesExactlyOneSubject() {
        // nested records too: the serializer reads only a message's own components, so @PersonalData on a value
        // type's component protects nothing unless that type is itself a message naming its subject
        List<Class<?>> personal = messages().stream().filter(Class::isRecord)
                .filter(type -> Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.isAnnotationPresent(PersonalData.class)))
                .toList();
        assertThat(personal).as("records with personal data examined").contains(CustomerRegisteredEvent.class);
        for (Class<?> message : personal) {
            List<RecordComponent> subjects = Arrays.stream(message.getRecordComponents())
                    .filter(c -> c.isAnnotationPresent(DataSubjectId.class)).toList();
            assertThat(subjects).as(message.getName() + " names its subject").hasSize(1);
            assertThat(subjects.get(0).getType()).isEqualTo(UUID.class);
        }
    }

    /** Every concrete class in fi.register.events and below, nested ones included, read from this module's classes. */
    static List<Class<?>> messages() {
        try {
            Path root = Path.of(ServiceEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path events = root.resolve("fi/register/events");
            try (Stream<Path> files = Files.walk(events)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> root.relativize(file).toString())
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                        .filter(name -> !name.matches(".*\\$\\d.*")) // nested types count; anonymous classes do not
                        .<Class<?>>map(PublishedLanguageTest::load)
                        .filter(type -> !type.isInterface() && !type.isAnnotation())
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
