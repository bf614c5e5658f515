package fi.register.query.customer;

import fi.register.events.booking.BookingResponse;
import fi.register.events.booking.FetchBookingsQuery;
import fi.register.events.customer.CustomerResponse;
import fi.register.events.customer.FetchCustomerQuery;
import fi.register.events.disclosure.DisclosureResponse;
import fi.register.events.disclosure.FetchDisclosuresQuery;
import fi.register.events.interview.FetchInterviewsQuery;
import fi.register.events.interview.InterviewResponse;
import fi.register.events.order.FetchOrdersQuery;
import fi.register.events.order.OrderResponse;
import fi.register.events.recommendation.FetchProgramFeedbackQuery;
import fi.register.events.recommendation.FetchRecommendationsQuery;
import fi.register.events.recommendation.ProgramFeedbackResponse;
import fi.register.events.recommendation.RecommendationResponse;
import fi.register.events.service.FetchServiceEventsQuery;
import fi.register.events.service.ServiceEventResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Puts the register view together from the views that own each part. The entry comes first: it answers 404 for an
 * unknown id and 410 once erased, and nothing else is read then. Each view is eventually consistent on its own, so
 * a list may trail the entry by a moment after a command.
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

    /**
     * One part of the register view, for a known, unerased customer only: the entry answers 404 or 410 first, so an
     * empty list always means "none recorded".
     */
    public <T> List<T> part(UUID customerId, Object query, Class<T> type) {
        requireCustomer(customerId);
        return list(query, type);
    }

    /** One item of the register view (such as an order confirmation), for a known, unerased customer only. */
    public <T> T item(UUID customerId, Object query, Class<T> type) {
        requireCustomer(customerId);
        return queryGateway.query(query, type).join();
    }

    /** Asks only where the customer stands: the entry is not decrypted just to answer 404 or 410. */
    private void requireCustomer(UUID customerId) {
        queryGateway.query(new FetchCustomerStandingQuery(customerId), CustomerStanding.class).join().requireRegistered();
    }

    private <T> List<T> list(Object query, Class<T> type) {
        return queryGateway.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }
}
