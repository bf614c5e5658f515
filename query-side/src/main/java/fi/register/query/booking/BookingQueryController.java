package fi.register.query.booking;

import fi.register.events.booking.BookingResponse;
import fi.register.events.booking.FetchBookingsQuery;
import fi.register.events.customer.CustomerResponse;
import fi.register.events.customer.FetchCustomerQuery;
import fi.register.query.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Bookings view", description = "A customer's bookings (staff)")
class BookingQueryController {

    private final QueryGateway queryGateway;
    private final PersonalDataReads reads;

    BookingQueryController(QueryGateway queryGateway, PersonalDataReads reads) {
        this.queryGateway = queryGateway;
        this.reads = reads;
    }

    @GetMapping("/api/customers/{customerId}/bookings")
    @Operation(summary = "The customer's bookings by start time, with their status; 404 for an unknown id, 410 once "
            + "erased. The read is recorded in the audit trail.")
    List<BookingResponse> bookings(@PathVariable UUID customerId, Authentication reader) {
        // the register view first: it answers 404 or 410, so an empty list always means "no bookings"
        queryGateway.query(new FetchCustomerQuery(customerId), CustomerResponse.class).join();
        List<BookingResponse> bookings = queryGateway.query(new FetchBookingsQuery(customerId),
                ResponseTypes.multipleInstancesOf(BookingResponse.class)).join();
        reads.record(customerId, reader.getName(), PersonalDataRead.BOOKINGS);
        return bookings;
    }
}
