package fi.register.query.booking;

import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.customer.KnownCustomerViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Bookings view", description = "A customer's bookings (staff)")
class BookingQueryController {

    private final KnownCustomerViews views;
    private final PersonalDataReads reads;

    BookingQueryController(KnownCustomerViews views, PersonalDataReads reads) {
        this.views = views;
        this.reads = reads;
    }

    @GetMapping("/api/customers/{customerId}/bookings")
    @Operation(summary = "The customer's bookings by start time, with their status; 404 for an unknown id, 410 once "
            + "erased. The read is recorded in the audit trail.")
    List<BookingResponse> bookings(@PathVariable UUID customerId, Authentication reader) {
        List<BookingResponse> bookings = views.part(customerId, new FetchBookingsQuery(customerId), BookingResponse.class);
        reads.record(customerId, reader.getName(), PersonalDataRead.BOOKINGS);
        return bookings;
    }
}
