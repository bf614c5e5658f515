package fi.register.query.customer;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fi.register.events.booking.BookingResponse;
import fi.register.events.customer.CustomerResponse;
import fi.register.events.disclosure.DisclosureResponse;
import fi.register.events.interview.InterviewResponse;
import fi.register.events.order.OrderResponse;
import fi.register.events.recommendation.ProgramFeedbackResponse;
import fi.register.events.recommendation.RecommendationResponse;
import fi.register.events.service.ServiceEventResponse;

import java.util.List;

/**
 * Everything the register holds about one customer, as staff and the data protection officer see it: the register
 * entry with its consents (its fields at the top level, as before) and the wellness services, each list from its own
 * view.
 */
public record RegisterView(
        @JsonUnwrapped CustomerResponse customer,
        List<InterviewResponse> interviews,
        List<BookingResponse> bookings,
        List<ServiceEventResponse> serviceEvents,
        List<OrderResponse> orders,
        List<DisclosureResponse> disclosures,
        List<RecommendationResponse> recommendations,
        List<ProgramFeedbackResponse> feedback) {
}
