package fi.register.query;

import com.fasterxml.jackson.databind.JsonNode;
import fi.register.events.LegalBasis;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingCompletedEvent;
import fi.register.events.booking.BookingMadeEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.personal.PersonalData;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.service.ServiceProvidedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The wellness services on the query side over HTTP: register view, export, the staff's lists, roles and erasure. */
class WellnessServicesApiTest extends QuerySideHttpTestSupport {

    static final Instant AT = CustomerEvents.REGISTERED_AT;
    static final PostalAddress DELIVERY = new PostalAddress("Toimitustie 5", "00700", "Helsinki", "FI");
    static final Set<DisclosedField> CONFIRMATION_FIELDS = EnumSet.of(DisclosedField.NAME, DisclosedField.DELIVERY_ADDRESS,
            DisclosedField.DELIVERY_CONTACT, DisclosedField.PRODUCT, DisclosedField.ORDER_REFERENCE);



    /** Every personal view's collection and the field that names the subject in it. */
    static final List<String> SUBJECT_COLLECTIONS = List.of("interviews", "bookings", "service_events", "orders",
            "disclosures", "order_contacts", "recommendations", "program_feedback");

    /** What one customer's history holds, the ids it used, and the stream to append more to. */
    record Served(UUID customerId, UUID consentId, UUID bookingId, UUID neurosonicOrder, UUID emfitOrder, EventStream events) {
    }

    /** A customer with every kind of service event, appended as the command side would, and projected. */
    Served served(String lastName) {
        UUID customerId = UUID.randomUUID();
        UUID consentId = UUID.randomUUID();
        UUID bookingId = UUID.randomUUID();
        UUID neurosonicOrder = UUID.randomUUID();
        UUID emfitOrder = UUID.randomUUID();
        EventStream events = EventStream.of(context, customerId);
        events.append(CustomerEvents.registered(customerId, lastName, lastName.toLowerCase() + "@example.invalid"),
                "staff", LegalBasis.CONTRACT);
        events.append(new InterviewRecordedEvent(customerId, UUID.randomUUID(), "Univaikeudet", "Kevyt aloitus",
                Set.of("FIRSTBEAT_ANALYSIS", "NEUROSONIC_TREATMENT"), LocalDate.of(1970, 1, 1), AT.plusSeconds(10)),
                "staff", LegalBasis.CONSENT, consentId);
        events.append(new BookingMadeEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", AT.plusSeconds(86_400),
                BookingChannel.PHONE, AT.plusSeconds(20)), "staff", LegalBasis.CONTRACT);
        events.append(new BookingCompletedEvent(customerId, bookingId, "NEUROSONIC_TREATMENT", AT.plusSeconds(86_500)),
                "staff", LegalBasis.CONTRACT);
        events.append(new ServiceProvidedEvent(customerId, UUID.randomUUID(), "FIRSTBEAT_ANALYSIS",
                ServiceEventKind.ANALYSIS_DELIVERED, AT.plusSeconds(86_600)), "staff", LegalBasis.CONTRACT);
        events.append(new OrderPlacedEvent(customerId, neurosonicOrder, Product.NEUROSONIC_DEVICE, OrderTerms.SALE, DELIVERY,
                AT.plusSeconds(30)), "staff", LegalBasis.CONTRACT);
        events.append(new PersonalDataDisclosedEvent(customerId, UUID.randomUUID(), "NEUROSONIC", null,
                CONFIRMATION_FIELDS, neurosonicOrder, AT.plusSeconds(30)), "staff", LegalBasis.CONTRACT);
        events.append(new OrderPlacedEvent(customerId, emfitOrder, Product.EMFIT_MONITOR, OrderTerms.RENTAL, DELIVERY,
                AT.plusSeconds(40)), "staff", LegalBasis.CONTRACT);
        events.append(new ProgramRecommendedEvent(customerId, UUID.randomUUID(), "Syvärentoutus 2", "kevyt", 30, "Aloitus",
                AT.plusSeconds(50)), "staff", LegalBasis.CONTRACT);
        events.append(new ProgramFeedbackRecordedEvent(customerId, UUID.randomUUID(), "Syvärentoutus 2", "Uni parani", 4,
                AT.plusSeconds(60)), "staff", LegalBasis.CONSENT, consentId);
        awaitProjected(customerId);
        return new Served(customerId, consentId, bookingId, neurosonicOrder, emfitOrder, events);
    }

    @Test
    void theRegisterViewShowsEveryServiceAndTheGroupsTheInterviewChose() throws Exception {
        Served served = served("Kaikki");

        JsonNode view = get("staff", "/api/customers/" + served.customerId());

        assertThat(view.path("lastName").asText()).isEqualTo("Kaikki");
        assertThat(view.path("customerGroup").asText()).isEqualTo("NEUROSONIC_TREATMENT");
        assertThat(texts(view.path("customerGroups"))).containsExactly("FIRSTBEAT_ANALYSIS", "NEUROSONIC_TREATMENT");
        assertThat(view.path("interviews").get(0).path("challenges").asText()).isEqualTo("Univaikeudet");
        assertThat(view.path("interviews").get(0).path("dateOfBirth").asText()).isEqualTo("1970-01-01");
        assertThat(view.path("bookings").get(0).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(view.path("serviceEvents")).hasSize(2);
        assertThat(view.path("orders")).hasSize(2);
        assertThat(view.path("disclosures").get(0).path("namedParty").asText()).isEqualTo("NEUROSONIC");
        assertThat(view.path("disclosures").get(0).path("legalBasis").asText()).isEqualTo("CONTRACT");
        assertThat(view.path("recommendations").get(0).path("program").asText()).isEqualTo("Syvärentoutus 2");
        assertThat(view.path("feedback").get(0).path("rating").asInt()).isEqualTo(4);
    }

    @Test
    void staffListBookingsOrdersRecommendationsAndFeedbackAndEachReadIsAudited() throws Exception {
        Served served = served("Listat");
        String base = "/api/customers/" + served.customerId();

        JsonNode bookings = get("staff", base + "/bookings");
        JsonNode orders = get("staff", base + "/orders");
        JsonNode recommendations = get("staff", base + "/recommendations");
        JsonNode feedback = get("staff", base + "/feedback");

        assertThat(bookings.get(0).path("bookingId").asText()).isEqualTo(served.bookingId().toString());
        assertThat(bookings.get(0).path("channel").asText()).isEqualTo("PHONE");
        assertThat(orders).extracting(order -> order.path("product").asText())
                .containsExactly("NEUROSONIC_DEVICE", "EMFIT_MONITOR");
        assertThat(orders.get(0).path("deliveryAddress").path("street").asText()).isEqualTo("Toimitustie 5");
        assertThat(orders.get(0).path("confirmationSentTo").asText()).isEqualTo("NEUROSONIC");
        assertThat(orders.get(1).path("confirmationSentTo").isNull()).isTrue();
        assertThat(recommendations.get(0).path("durationMinutes").asInt()).isEqualTo(30);
        assertThat(feedback.get(0).path("effect").asText()).isEqualTo("Uni parani");
        assertThat(readsOf(served.customerId())).extracting(read -> read.getString("what"))
                .containsExactly("BOOKINGS", "ORDERS", "RECOMMENDATIONS", "PROGRAM_FEEDBACK");
    }

    @Test
    void theOrderConfirmationHoldsExactlyTheDisclosedFields() throws Exception {
        Served served = served("Vahvistus");
        String orders = "/api/customers/" + served.customerId() + "/orders/";

        JsonNode confirmation = get("staff", orders + served.neurosonicOrder() + "/confirmation");

        assertThat(confirmation.path("namedParty").asText()).isEqualTo("NEUROSONIC");
        assertThat(confirmation.path("legalBasis").asText()).isEqualTo("CONTRACT");
        assertThat(texts(confirmation.path("fields"))).containsExactlyInAnyOrder(
                "NAME", "DELIVERY_ADDRESS", "DELIVERY_CONTACT", "PRODUCT", "ORDER_REFERENCE");
        JsonNode document = confirmation.path("document");
        List<String> keys = new ArrayList<>();
        document.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("orderReference", "product", "name", "deliveryAddress", "deliveryContact");
        assertThat(document.path("name").asText()).isEqualTo("Testi Vahvistus");
        assertThat(document.path("deliveryContact").asText()).isEqualTo("+358 40 000 0000");
        assertThat(document.toString()).doesNotContain("Univaikeudet", "Uni parani", "vahvistus@example.invalid",
                "Malminraitti", "HEALTH_DATA");
        assertThat(readsOf(served.customerId())).extracting(read -> read.getString("what")).containsExactly("ORDER_CONFIRMATION");

        assertProblem(http.withBasicAuth("staff", "staff").getForEntity(orders + served.emfitOrder() + "/confirmation",
                String.class), HttpStatus.NOT_FOUND, "no-order-confirmation");
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity(orders + UUID.randomUUID() + "/confirmation",
                String.class), HttpStatus.NOT_FOUND, "order-not-found");
    }

    @Test
    void theExportHoldsEveryServiceAndTheirEventsWithTheirLegalBases() throws Exception {
        Served served = served("Vienti");

        JsonNode export = get("dpo", "/api/customers/" + served.customerId() + "/export");

        JsonNode view = export.path("registerView");
        assertThat(view.path("lastName").asText()).isEqualTo("Vienti");
        for (String list : List.of("interviews", "bookings", "serviceEvents", "orders", "disclosures", "recommendations",
                "feedback")) {
            assertThat(view.path(list)).as(list).isNotEmpty();
        }
        JsonNode history = export.path("eventHistory");
        assertThat(history).hasSize(10);
        JsonNode interview = history.get(1);
        assertThat(interview.path("type").asText()).isEqualTo("InterviewRecordedEvent");
        assertThat(interview.path("metadata").path("legalBasis").asText()).isEqualTo("CONSENT");
        assertThat(interview.path("metadata").path("consentId").asText()).isEqualTo(served.consentId().toString());
        assertThat(interview.path("payload").path("challenges").asText()).isEqualTo("Univaikeudet");
    }

    @Test
    void onlyStaffReadTheListsAndAnUnknownOrErasedCustomerIsToldApart() throws Exception {
        Served served = served("Rajattu");
        List<String> lists = List.of("/bookings", "/orders", "/recommendations", "/feedback",
                "/orders/" + served.neurosonicOrder() + "/confirmation");
        for (String list : lists) {
            String path = "/api/customers/" + served.customerId() + list;
            assertProblem(http.withBasicAuth("dpo", "dpo").getForEntity(path, String.class), HttpStatus.FORBIDDEN, "forbidden");
            assertProblem(http.withBasicAuth("management", "management").getForEntity(path, String.class),
                    HttpStatus.FORBIDDEN, "forbidden");
            assertProblem(http.getForEntity(path, String.class), HttpStatus.UNAUTHORIZED, "unauthenticated");
            assertProblem(http.withBasicAuth("staff", "staff").getForEntity("/api/customers/" + UUID.randomUUID() + list,
                    String.class), HttpStatus.NOT_FOUND, "subject-not-found");
        }
        assertThat(readsOf(served.customerId())).isEmpty();
    }

    @Test
    void erasureRemovesEveryServiceFromEveryViewAndAReplayReadsErasedAndRestoresNothing() throws Exception {
        Served served = served("Poistuva");
        UUID id = served.customerId();

        protection.keyStore().destroy(id); // the command side's shredder, sharing the key store
        served.events().append(new SubjectErasedEvent(id, ErasureReason.SUBJECT_REQUEST, AT.plusSeconds(999)), "dpo",
                LegalBasis.LEGAL_OBLIGATION);
        await().atMost(Duration.ofSeconds(30)).until(() -> documentsOf(id) == 0);

        String base = "/api/customers/" + id;
        for (String path : List.of("", "/bookings", "/orders", "/recommendations", "/feedback",
                "/orders/" + served.neurosonicOrder() + "/confirmation")) {
            assertProblem(http.withBasicAuth("staff", "staff").getForEntity(base + path, String.class), HttpStatus.GONE,
                    "subject-erased");
        }

        // the history still reads, with the erased marker where the personal data was
        InterviewRecordedEvent interview = context.getBean(EventStore.class).readEvents(id.toString()).asStream()
                .map(DomainEventMessage::getPayload).filter(InterviewRecordedEvent.class::isInstance)
                .map(InterviewRecordedEvent.class::cast).findFirst().orElseThrow();
        assertThat(interview.challenges()).isEqualTo(PersonalData.ERASED);
        assertThat(interview.services()).containsExactlyInAnyOrder("FIRSTBEAT_ANALYSIS", "NEUROSONIC_TREATMENT");

        // a replay of every view goes through those erased events and must not bring anything back
        ProcessorCatchUp.replayEveryView(context);
        assertThat(documentsOf(id)).isZero();
        assertProblem(http.withBasicAuth("staff", "staff").getForEntity(base, String.class), HttpStatus.GONE, "subject-erased");
    }

    @Test
    void theStaffListsAreDocumentedInTheQuerySideApi() throws Exception {
        JsonNode paths = json.readTree(http.getForObject("/v3/api-docs/query-side", String.class)).path("paths");

        assertThat(paths.has("/api/customers/{customerId}/bookings")).isTrue();
        assertThat(paths.has("/api/customers/{customerId}/orders")).isTrue();
        assertThat(paths.has("/api/customers/{customerId}/orders/{orderId}/confirmation")).isTrue();
        assertThat(paths.has("/api/customers/{customerId}/recommendations")).isTrue();
        assertThat(paths.has("/api/customers/{customerId}/feedback")).isTrue();
    }

    // --- helpers ---

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, user).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** How many documents of every personal view still hold the subject. */
    private long documentsOf(UUID customerId) {
        long count = projections.getCollection("customers").countDocuments(eq("_id", customerId.toString()))
                + projections.getCollection("order_contacts").countDocuments(eq("_id", customerId.toString()));
        for (String collection : SUBJECT_COLLECTIONS) {
            count += projections.getCollection(collection).countDocuments(eq("customerId", customerId.toString()));
        }
        return count;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** The reads recorded so far, from the trail's index once it has caught up with the event store. */
    private List<Document> readsOf(UUID customerId) {
        ProcessorCatchUp.awaitCaughtUp(context, ProcessorCatchUp.READ_AUDIT);
        return projections.getCollection("personal_data_reads").find(eq("customerId", customerId.toString()))
                .sort(ascending("position")).into(new ArrayList<>());
    }

    /** Every view has the subject's last item of its kind. */
    private void awaitProjected(UUID customerId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("customers", "interviews", "service_events",
                        "disclosures", "orders", "program_feedback", "recommendations", "bookings").stream()
                .allMatch(collection -> projections.getCollection(collection).find(collection.equals("customers")
                        ? eq("_id", customerId.toString()) : eq("customerId", customerId.toString())).first() != null)
                && projections.getCollection("service_events").countDocuments(eq("customerId", customerId.toString())) == 2
                && projections.getCollection("orders").countDocuments(eq("customerId", customerId.toString())) == 2
                && projections.getCollection("customers").find(eq("_id", customerId.toString())).first()
                .getList("customerGroups", String.class).size() == 2);
    }

}
