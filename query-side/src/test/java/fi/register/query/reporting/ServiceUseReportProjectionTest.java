package fi.register.query.reporting;

import com.mongodb.client.model.Filters;
import fi.register.events.booking.BookingCancelledEvent;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import fi.register.query.CustomerEvents;
import fi.register.query.InMemoryProjectionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection's handlers called directly, as a tracking processor would, and the report read back. */
class ServiceUseReportProjectionTest {

    private static final Instant MARCH = Instant.parse("2026-03-31T23:30:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:30:00Z"); // 03:30 in Helsinki, still April in UTC
    private static final YearMonth FROM = YearMonth.of(2026, 3);
    private static final YearMonth TO = YearMonth.of(2026, 4);

    @TempDir
    Path dataDir;

    private InMemoryProjectionStore store;
    private ServiceUseReportProjection projection;
    private ServiceUseReportReader unsuppressed;
    private ServiceUseReportReader suppressed;
    private final UUID anna = UUID.randomUUID();
    private final UUID yritys = UUID.randomUUID();
    private final UUID booking1 = UUID.randomUUID();
    private final UUID booking2 = UUID.randomUUID();
    private final UUID marketing = UUID.randomUUID();
    /** The history as delivered: each event with the identifier Axon gave it, so it can be delivered again. */
    private final List<Runnable> history = new ArrayList<>();

    @BeforeEach
    void start() {
        store = new InMemoryProjectionStore(dataDir);
        projection = new ServiceUseReportProjection(store.database());
        unsuppressed = new ServiceUseReportReader(store.database(), new SmallCellSuppression(1));
        suppressed = new ServiceUseReportReader(store.database(), new SmallCellSuppression(3));
        Instant registered = MARCH.minusSeconds(3600);
        add(CustomerEvents.registered(anna, "Raportti", "raportti@example.invalid"), projection::on);
        add(new CustomerRegisteredEvent(yritys, CustomerKind.COMPANY, null, null, "Yritys Oy", "2096006-8", null, null,
                "yritys@example.invalid", "+358 9 000 0000", "EMFIT_MONITORING", "sv", registered), projection::on);
        add(new ConsentGivenEvent(anna, marketing, ConsentPurpose.MARKETING, MarketingChannel.SMS, null, null,
                EvidenceMethod.ELECTRONIC, "lomake 7", "2026-01", MARCH), projection::on);
        add(new ConsentGivenEvent(anna, UUID.randomUUID(), ConsentPurpose.HEALTH_DATA, null, null, null,
                EvidenceMethod.WRITTEN, "paperi 8", "2026-01", MARCH), projection::on);
        add(new InterviewRecordedEvent(anna, UUID.randomUUID(), "Unettomuus ja stressi", "Kevyt ohjelma",
                new LinkedHashSet<>(List.of("NEUROSONIC_TREATMENT", "FIRSTBEAT_ANALYSIS")), LocalDate.of(1980, 5, 17), MARCH),
                projection::on);
        add(new BookingMadeEvent(anna, booking1, "NEUROSONIC_TREATMENT", APRIL.plusSeconds(86_400), BookingChannel.PHONE,
                MARCH), projection::on);
        add(new BookingMadeEvent(anna, booking2, "NEUROSONIC_TREATMENT", APRIL.plusSeconds(90_000), BookingChannel.PHONE,
                MARCH), projection::on);
        add(new BookingCancelledEvent(anna, booking2, APRIL), projection::on);
        add(new BookingCompletedEvent(anna, booking1, "NEUROSONIC_TREATMENT", APRIL), projection::on);
        add(new ServiceProvidedEvent(yritys, UUID.randomUUID(), "EMFIT_MONITORING", ServiceEventKind.DEVICE_HANDED_OVER,
                APRIL), projection::on);
        add(new OrderPlacedEvent(yritys, UUID.randomUUID(), Product.EMFIT_MONITOR, OrderTerms.RENTAL,
                CustomerEvents.registered(yritys, "x", "x@example.invalid").address(), APRIL), projection::on);
        add(new ConsentWithdrawnEvent(anna, marketing, ConsentPurpose.MARKETING, APRIL), projection::on);
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private <E> void add(E event, BiConsumer<E, String> handler) {
        String eventId = UUID.randomUUID().toString();
        history.add(() -> handler.accept(event, eventId));
    }

    private long stillOpen() {
        return store.database().getCollection(ServiceUseReportProjection.OPEN_ITEMS)
                .countDocuments(Filters.exists(ServiceUseReportProjection.CLOSED, false));
    }

    private void deliver() {
        history.forEach(Runnable::run);
    }

    @Test
    void countsEveryMeasurePerUtcMonthByItsCodes() {
        deliver();

        ServiceUseReport report = unsuppressed.read(FROM, TO);

        assertThat(report.months()).extracting(ServiceUseMonth::month).containsExactly("2026-03", "2026-04");
        Map<String, List<ReportCell>> march = report.months().get(0).counts();
        Map<String, List<ReportCell>> april = report.months().get(1).counts();
        assertThat(cells(march, "customersRegistered")).containsExactlyInAnyOrder(
                "{kind=COMPANY, customerGroup=EMFIT_MONITORING}=1", "{kind=PERSON, customerGroup=NEUROSONIC_TREATMENT}=1");
        assertThat(cells(march, "consentsGiven")).containsExactlyInAnyOrder(
                "{purpose=HEALTH_DATA, channel=null}=1", "{purpose=MARKETING, channel=SMS}=1");
        assertThat(cells(march, "interviewsByService")).containsExactlyInAnyOrder(
                "{service=FIRSTBEAT_ANALYSIS}=1", "{service=NEUROSONIC_TREATMENT}=1");
        assertThat(cells(march, "bookingsMade")).containsExactly("{service=NEUROSONIC_TREATMENT, channel=PHONE}=2");
        assertThat(cells(march, "servicesCompleted")).isEmpty();
        assertThat(cells(april, "bookingsCancelled")).containsExactly("{service=NEUROSONIC_TREATMENT, channel=PHONE}=1");
        assertThat(cells(april, "servicesCompleted")).containsExactlyInAnyOrder(
                "{service=EMFIT_MONITORING, kind=DEVICE_HANDED_OVER}=1",
                "{service=NEUROSONIC_TREATMENT, kind=BOOKING_COMPLETED}=1");
        assertThat(cells(april, "ordersPlaced")).containsExactly("{product=EMFIT_MONITOR, terms=RENTAL}=1");
        assertThat(cells(april, "consentsWithdrawn")).containsExactly("{purpose=MARKETING, channel=SMS}=1");
        assertThat(cells(report.totals(), "bookingsMade")).containsExactly("{service=NEUROSONIC_TREATMENT, channel=PHONE}=2");
        assertThat(unsuppressed.read(TO, TO).months()).hasSize(1);
        assertThat(cells(unsuppressed.read(TO, TO).totals(), "bookingsMade")).isEmpty();
        // closed bookings and consents leave nothing open behind
        assertThat(stillOpen()).isZero();
    }

    @Test
    void aBatchDeliveredAgainCountsNothingTwice() {
        deliver();
        ServiceUseReport once = unsuppressed.read(FROM, TO);

        deliver(); // a tracking processor that crashed before storing its token hands the events again
        history.subList(5, 9).forEach(Runnable::run);

        assertThat(unsuppressed.read(FROM, TO)).isEqualTo(once);
        assertThat(stillOpen()).as("a booking delivered again after its closing stays closed").isZero();
    }

    @Test
    void aResetAndReplayGiveTheSameNumbers() {
        deliver();
        ServiceUseReport before = unsuppressed.read(FROM, TO);

        projection.reset();
        assertThat(store.count(ServiceUseReportProjection.FACTS)).isZero();
        deliver();

        assertThat(unsuppressed.read(FROM, TO)).isEqualTo(before);
    }

    @Test
    void anErasureCountsItselfAndChangesNoPastCountEvenAfterAReplayOfTheShreddedHistory() {
        deliver();
        ServiceUseReport before = unsuppressed.read(FROM, TO);

        add(new SubjectErasedEvent(anna, ErasureReason.SUBJECT_REQUEST, APRIL.plusSeconds(60)), projection::on);
        history.get(history.size() - 1).run();
        ServiceUseReport after = unsuppressed.read(FROM, TO);

        assertThat(cells(after.months().get(1).counts(), "erasures")).containsExactly("{reason=SUBJECT_REQUEST}=1");
        after.months().forEach(month -> month.counts().forEach((measure, cells) -> {
            if (!measure.equals("erasures")) {
                assertThat(cells).isEqualTo(before.months().stream().filter(m -> m.month().equals(month.month()))
                        .findFirst().orElseThrow().counts().get(measure));
            }
        }));

        // a replay reads the erased subject's events with every personal field erased, codes as stored
        projection.reset();
        history.set(0, () -> projection.on(new CustomerRegisteredEvent(anna, CustomerKind.PERSON, "[erased]", "[erased]",
                null, null, null, null, "[erased]", "[erased]", "NEUROSONIC_TREATMENT", "fi", MARCH.minusSeconds(3600)),
                "replayed-" + UUID.nameUUIDFromBytes(anna.toString().getBytes())));
        history.set(4, () -> projection.on(new InterviewRecordedEvent(anna, UUID.randomUUID(), "[erased]", "[erased]",
                Set.of("NEUROSONIC_TREATMENT", "FIRSTBEAT_ANALYSIS"), null, MARCH), "replayed-interview"));
        deliver();
        assertThat(unsuppressed.read(FROM, TO)).isEqualTo(after);
    }

    @Test
    void noStoredDocumentHoldsACustomerIdOrAnyPersonalValue() {
        deliver();
        add(new SubjectErasedEvent(yritys, ErasureReason.RETENTION_EXPIRED, APRIL), projection::on);
        history.get(history.size() - 1).run();
        // booking1 stays open until it is closed: only its codes are kept meanwhile
        projection.on(new BookingMadeEvent(anna, UUID.randomUUID(), "EMFIT_MONITORING", APRIL, BookingChannel.EMAIL, APRIL),
                UUID.randomUUID().toString());

        assertThat(store.clearTextFound(List.of(anna.toString(), yritys.toString(), marketing.toString(),
                booking1.toString(), booking2.toString(), "Raportti", "raportti@example.invalid", "Testi",
                "Malminraitti", "+358", "Yritys Oy", "2096006-8", "yritys@example.invalid", "Unettomuus", "Kevyt",
                "1980-05-17", "lomake 7", "paperi 8", "staff"))).isEmpty();
    }

    @Test
    void smallCountsAreSuppressedInMonthsAndTotalsAlike() {
        deliver();

        ServiceUseReport report = suppressed.read(FROM, TO);

        assertThat(report.minCell()).isEqualTo(3);
        ReportCell made = report.months().get(0).counts().get("bookingsMade").get(0);
        assertThat(made.count()).isNull();
        assertThat(made.suppressed()).isTrue();
        assertThat(made.dimensions()).containsEntry("service", "NEUROSONIC_TREATMENT");
        assertThat(report.totals().get("customersRegistered")).allMatch(ReportCell::suppressed);

        for (int i = 0; i < 3; i++) {
            projection.on(new BookingMadeEvent(UUID.randomUUID(), UUID.randomUUID(), "NEUROSONIC_TREATMENT", APRIL,
                    BookingChannel.PHONE, MARCH), UUID.randomUUID().toString());
        }
        ReportCell five = suppressed.read(FROM, TO).months().get(0).counts().get("bookingsMade").get(0);
        assertThat(five.count()).isEqualTo(5);
        assertThat(five.suppressed()).isFalse();
    }

    private static List<String> cells(Map<String, List<ReportCell>> counts, String measure) {
        return counts.get(measure).stream().map(cell -> cell.dimensions() + "=" + cell.count()).toList();
    }
}
