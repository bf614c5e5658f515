package fi.register.query.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.query.booking.BookingResponse;
import fi.register.query.booking.FetchBookingsQuery;
import fi.register.query.problem.QueryRefusedException;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A part of the view is read only for a registered customer, and asking that decrypts nothing. */
class KnownCustomerViewsTest {

    private final FakeViews views = new FakeViews();
    private KnownCustomerViews known;
    private final UUID customerId = UUID.randomUUID();

    @BeforeEach
    void start() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(views).subscribe(bus);
        known = new KnownCustomerViews(DefaultQueryGateway.builder().queryBus(bus).build());
    }

    @Test
    void aRegisteredCustomersPartIsReadWithoutFetchingTheirEntry() {
        views.standing = CustomerStanding.REGISTERED;

        List<BookingResponse> bookings = known.part(customerId, new FetchBookingsQuery(customerId), BookingResponse.class);

        assertThat(bookings).isEmpty();
        assertThat(views.asked).containsExactly("standing", "bookings"); // never the decrypted entry
    }

    @Test
    void anUnknownCustomerIsRefusedAndThePartIsNotAskedFor() {
        views.standing = CustomerStanding.UNKNOWN;

        assertThatThrownBy(() -> known.part(customerId, new FetchBookingsQuery(customerId), BookingResponse.class))
                .isInstanceOfSatisfying(QueryRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.SUBJECT_NOT_FOUND));
        assertThat(views.asked).containsExactly("standing");
    }

    @Test
    void anErasedCustomerIsRefusedForAnItemToo() {
        views.standing = CustomerStanding.ERASED;

        assertThatThrownBy(() -> known.item(customerId, new FetchCustomerQuery(customerId), CustomerResponse.class))
                .isInstanceOfSatisfying(QueryRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.SUBJECT_ERASED));
        assertThat(views.asked).containsExactly("standing");
    }

    /** Stands in for the views, and notes which queries reached them. */
    static final class FakeViews {

        CustomerStanding standing;
        final List<String> asked = new ArrayList<>();

        @QueryHandler
        CustomerStanding handle(FetchCustomerStandingQuery query) {
            asked.add("standing");
            return standing;
        }

        @QueryHandler
        CustomerResponse handle(FetchCustomerQuery query) {
            asked.add("entry");
            throw new AssertionError("the entry was fetched");
        }

        @QueryHandler
        List<BookingResponse> handle(FetchBookingsQuery query) {
            asked.add("bookings");
            return List.of();
        }
    }
}
