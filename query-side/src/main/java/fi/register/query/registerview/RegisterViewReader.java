package fi.register.query.registerview;

import fi.register.query.booking.BookingResponse;
import fi.register.query.booking.FetchBookingsQuery;
import fi.register.query.booking.FetchServiceEventsQuery;
import fi.register.query.booking.ServiceEventResponse;
import fi.register.query.customer.CustomerResponse;
import fi.register.query.customer.FetchCustomerQuery;
import fi.register.query.interview.FetchInterviewsQuery;
import fi.register.query.interview.InterviewResponse;
import fi.register.query.order.DisclosureResponse;
import fi.register.query.order.FetchDisclosuresQuery;
import fi.register.query.order.FetchOrdersQuery;
import fi.register.query.order.OrderResponse;
import fi.register.query.recommendation.FetchProgramFeedbackQuery;
import fi.register.query.recommendation.FetchRecommendationsQuery;
import fi.register.query.recommendation.ProgramFeedbackResponse;
import fi.register.query.recommendation.RecommendationResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Puts the register view together from the views that own each part. The entry comes first: it answers 404 for an
 * unknown id and 410 once erased, and nothing else is read then. Each view is eventually consistent on its own, so
 * a list may trail the entry by a moment after a command. It lives apart from the features it gathers, so that they
 * can ask the customer view where a customer stands without a cycle back to here.
 */
@Component
public class RegisterViewReader {

    private final QueryGateway queryGateway;

    RegisterViewReader(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public RegisterView read(UUID customerId) {
        CustomerResponse customer = queryGateway.query(new FetchCustomerQuery(customerId), CustomerResponse.class).join();
        return new RegisterView(customer,
                list(new FetchInterviewsQuery(customerId), InterviewResponse.class),
                list(new FetchBookingsQuery(customerId), BookingResponse.class),
                list(new FetchServiceEventsQuery(customerId), ServiceEventResponse.class),
                list(new FetchOrdersQuery(customerId), OrderResponse.class),
                list(new FetchDisclosuresQuery(customerId), DisclosureResponse.class),
                list(new FetchRecommendationsQuery(customerId), RecommendationResponse.class),
                list(new FetchProgramFeedbackQuery(customerId), ProgramFeedbackResponse.class));
    }

    private <T> List<T> list(Object query, Class<T> type) {
        return queryGateway.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }
}
