package fi.register.command.booking;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.autoconfigure.openapi.Refuses;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/customers/{customerId}/bookings")
@Tag(name = "Bookings", description = "Book, reschedule, cancel and complete services (staff)")
class BookingController {

    private final BookingDesk desk;

    BookingController(BookingDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @Operation(summary = "Book a service from the menu at a future time within the clinic's horizon "
            + "(register.bookings.horizon), through BOOKING_SYSTEM, EMAIL or PHONE")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({Refusal.UNKNOWN_SERVICE, Refusal.BOOKING_IN_THE_PAST, Refusal.BOOKING_BEYOND_HORIZON})
    ResponseEntity<BookingIdResponse> book(@PathVariable UUID customerId, @Valid @RequestBody BookServiceRequest request) {
        UUID bookingId = desk.book(customerId, request);
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/bookings/" + bookingId))
                .body(new BookingIdResponse(bookingId));
    }

    @PutMapping("/{bookingId}")
    @Operation(summary = "Reschedule an open booking to another future time")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.BOOKING_NOT_FOUND, Refusal.BOOKING_CLOSED, Refusal.BOOKING_IN_THE_PAST,
            Refusal.BOOKING_BEYOND_HORIZON})
    ResponseEntity<Void> reschedule(@PathVariable UUID customerId, @PathVariable UUID bookingId,
                                    @Valid @RequestBody RescheduleBookingRequest request) {
        desk.reschedule(customerId, bookingId, request);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{bookingId}")
    @Operation(summary = "Cancel an open booking (the same as POST .../cancellation)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.BOOKING_NOT_FOUND, Refusal.BOOKING_CLOSED})
    ResponseEntity<Void> cancel(@PathVariable UUID customerId, @PathVariable UUID bookingId) {
        desk.cancel(customerId, bookingId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{bookingId}/cancellation")
    @Operation(summary = "Cancel an open booking")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.BOOKING_NOT_FOUND, Refusal.BOOKING_CLOSED})
    ResponseEntity<Void> cancellation(@PathVariable UUID customerId, @PathVariable UUID bookingId) {
        return cancel(customerId, bookingId);
    }

    @PostMapping("/{bookingId}/completion")
    @Operation(summary = "Record that the booked service took place: a service event, the 24-month retention clock "
            + "restarts. Refused before the booked day (register.bookings)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({Refusal.BOOKING_NOT_FOUND, Refusal.BOOKING_CLOSED, Refusal.BOOKING_NOT_STARTED})
    ResponseEntity<Void> complete(@PathVariable UUID customerId, @PathVariable UUID bookingId) {
        desk.complete(customerId, bookingId);
        return ResponseEntity.noContent().build();
    }

    record BookingIdResponse(UUID bookingId) {
    }
}
