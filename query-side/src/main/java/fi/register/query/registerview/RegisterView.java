package fi.register.query.registerview;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fi.register.query.booking.BookingResponse;
import fi.register.query.booking.ServiceEventResponse;
import fi.register.query.customer.CustomerResponse;
import fi.register.query.interview.InterviewResponse;
import fi.register.query.order.DisclosureResponse;
import fi.register.query.order.OrderResponse;
import fi.register.query.recommendation.ProgramFeedbackResponse;
import fi.register.query.recommendation.RecommendationResponse;

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
