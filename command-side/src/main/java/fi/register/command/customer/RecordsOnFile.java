package fi.register.command.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.interview.DateOfBirthServices;
import fi.register.command.problem.CommandRefusedException;
import fi.register.command.snapshot.SnapshotState;
import fi.register.events.customer.PostalAddress;
import fi.register.events.interview.InterviewField;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.interview.RectifyInterviewCommand;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.order.RectifyDeliveryAddressCommand;
import fi.register.events.recommendation.FeedbackField;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;
import fi.register.events.recommendation.RecommendationField;
import fi.register.events.recommendation.RectifyProgramFeedbackCommand;
import fi.register.events.recommendation.RectifyProgramRecommendationCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The subject's interviews, program recommendations, feedback and orders, a member of its aggregate, as far as
 * correcting them needs (issue 12): which ones exist, so a correction of one the subject does not have is refused by
 * name, and the services each interview chose, which decide whether a date of birth belongs in it. Ids and service
 * names only: what they say lives in the encrypted events.
 * <p>
 * The rules are those of the original, applied to the new values: a required field cannot be cleared (refused naming
 * the member, as a field's validation is), a date of birth only where the interview's services need it, and a
 * correction that names nothing is {@code nothing-to-rectify}. The consent health data needs is the root's to check.
 */
@SnapshotState
public class RecordsOnFile {

    private static final String REQUIRED = "required: give the corrected value instead of clearing it.";
    private static final String NOT_BLANK = "must not be blank.";

    private final Map<UUID, Set<String>> interviewServices = new HashMap<>();
    private final Set<UUID> recommendations = new HashSet<>();
    private final Set<UUID> feedback = new HashSet<>();
    private final Set<UUID> orders = new HashSet<>();

    void requireInterview(UUID interviewId) {
        if (!interviewServices.containsKey(interviewId)) {
            throw new CommandRefusedException(Refusal.INTERVIEW_NOT_FOUND, "This customer has no interview with this id.");
        }
    }

    void requireRecommendation(UUID recommendationId) {
        if (!recommendations.contains(recommendationId)) {
            throw new CommandRefusedException(Refusal.RECOMMENDATION_NOT_FOUND,
                    "This customer has no program recommendation with this id.");
        }
    }

    void requireFeedback(UUID feedbackId) {
        if (!feedback.contains(feedbackId)) {
            throw new CommandRefusedException(Refusal.FEEDBACK_NOT_FOUND, "This customer has no feedback with this id.");
        }
    }

    void requireOrder(UUID orderId) {
        if (!orders.contains(orderId)) {
            throw new CommandRefusedException(Refusal.ORDER_NOT_FOUND, "This customer has no order with this id.");
        }
    }

    InterviewRectifiedEvent rectified(UUID customerId, RectifyInterviewCommand command,
                                      DateOfBirthServices dateOfBirthServices, Clock clock) {
        Set<InterviewField> fields = EnumSet.noneOf(InterviewField.class);
        addIfSent(fields, InterviewField.CHALLENGES, command.challenges());
        addIfSent(fields, InterviewField.PROGRAM_PREFERENCES, command.programPreferences());
        addIfSent(fields, InterviewField.DATE_OF_BIRTH, command.dateOfBirth());
        fields.addAll(command.clearedFields());
        requireSomething(fields);
        FieldsToFix problems = new FieldsToFix();
        notBlankIfSent(problems, "challenges", command.challenges());
        notBlankIfSent(problems, "programPreferences", command.programPreferences());
        if (command.clearedFields().contains(InterviewField.CHALLENGES)) {
            problems.add("challenges", REQUIRED);
        }
        problems.refuseAny();
        if (fields.contains(InterviewField.DATE_OF_BIRTH)) {
            // the new date, or its absence, judged against the interview's services as the original was
            dateOfBirthServices.requireOnlyWhereNeeded(interviewServices.get(command.interviewId()),
                    command.dateOfBirth(), clock);
        }
        return new InterviewRectifiedEvent(customerId, command.interviewId(), fields,
                valueIf(fields.contains(InterviewField.CHALLENGES), command.challenges()),
                valueIf(fields.contains(InterviewField.PROGRAM_PREFERENCES), command.programPreferences()),
                valueIf(fields.contains(InterviewField.DATE_OF_BIRTH), command.dateOfBirth()), clock.instant());
    }

    ProgramRecommendationRectifiedEvent rectified(UUID customerId, RectifyProgramRecommendationCommand command,
                                                  Clock clock) {
        Set<RecommendationField> fields = EnumSet.noneOf(RecommendationField.class);
        addIfSent(fields, RecommendationField.PROGRAM, command.program());
        addIfSent(fields, RecommendationField.INTENSITY, command.intensity());
        addIfSent(fields, RecommendationField.DURATION_MINUTES, command.durationMinutes());
        addIfSent(fields, RecommendationField.RATIONALE, command.rationale());
        fields.addAll(command.clearedFields());
        requireSomething(fields);
        FieldsToFix problems = new FieldsToFix();
        notBlankIfSent(problems, "program", command.program());
        notBlankIfSent(problems, "intensity", command.intensity());
        notBlankIfSent(problems, "rationale", command.rationale());
        for (RecommendationField required : EnumSet.of(RecommendationField.PROGRAM, RecommendationField.INTENSITY,
                RecommendationField.DURATION_MINUTES)) {
            if (command.clearedFields().contains(required)) {
                problems.add(RectifiedFields.memberName(required), REQUIRED);
            }
        }
        problems.refuseAny();
        return new ProgramRecommendationRectifiedEvent(customerId, command.recommendationId(), fields,
                valueIf(fields.contains(RecommendationField.PROGRAM), command.program()),
                valueIf(fields.contains(RecommendationField.INTENSITY), command.intensity()),
                valueIf(fields.contains(RecommendationField.DURATION_MINUTES), command.durationMinutes()),
                valueIf(fields.contains(RecommendationField.RATIONALE), command.rationale()), clock.instant());
    }

    ProgramFeedbackRectifiedEvent rectified(UUID customerId, RectifyProgramFeedbackCommand command, Clock clock) {
        Set<FeedbackField> fields = EnumSet.noneOf(FeedbackField.class);
        addIfSent(fields, FeedbackField.PROGRAM, command.program());
        addIfSent(fields, FeedbackField.EFFECT, command.effect());
        addIfSent(fields, FeedbackField.RATING, command.rating());
        fields.addAll(command.clearedFields());
        requireSomething(fields);
        FieldsToFix problems = new FieldsToFix();
        notBlankIfSent(problems, "program", command.program());
        notBlankIfSent(problems, "effect", command.effect());
        // every field of the feedback is required
        command.clearedFields().forEach(cleared -> problems.add(RectifiedFields.memberName(cleared), REQUIRED));
        problems.refuseAny();
        return new ProgramFeedbackRectifiedEvent(customerId, command.feedbackId(), fields, command.program(),
                command.effect(), command.rating(), clock.instant());
    }

    DeliveryAddressRectifiedEvent rectified(UUID customerId, RectifyDeliveryAddressCommand command, Clock clock) {
        if (command.cleared()) {
            throw FieldsToFix.refusal(Refusal.INVALID_FIELD, "deliveryAddress", REQUIRED);
        }
        PostalAddress address = command.deliveryAddress();
        if (address == null) {
            throw new CommandRefusedException(Refusal.NOTHING_TO_RECTIFY, "Send the corrected deliveryAddress.");
        }
        return new DeliveryAddressRectifiedEvent(customerId, command.orderId(), address, clock.instant());
    }

    @EventSourcingHandler
    void on(InterviewRecordedEvent event) {
        interviewServices.put(event.interviewId(), event.services() == null ? Set.of() : Set.copyOf(event.services()));
    }

    @EventSourcingHandler
    void on(ProgramRecommendedEvent event) {
        recommendations.add(event.recommendationId());
    }

    @EventSourcingHandler
    void on(ProgramFeedbackRecordedEvent event) {
        feedback.add(event.feedbackId());
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orders.add(event.orderId());
    }

    private static <F extends Enum<F>> void addIfSent(Set<F> fields, F field, Object value) {
        if (value != null) {
            fields.add(field);
        }
    }

    private static void requireSomething(Set<?> fields) {
        if (fields.isEmpty()) {
            throw new CommandRefusedException(Refusal.NOTHING_TO_RECTIFY, "Send at least one field to correct or clear.");
        }
    }

    private static void notBlankIfSent(FieldsToFix problems, String member, String value) {
        if (value != null && value.isBlank()) {
            problems.add(member, NOT_BLANK);
        }
    }

    private static <T> T valueIf(boolean named, T value) {
        return named ? value : null;
    }

    // equal by state, so the test fixture can check that sourcing the events gives the state the handlers left
    @Override
    public boolean equals(Object other) {
        return other instanceof RecordsOnFile records && interviewServices.equals(records.interviewServices)
                && recommendations.equals(records.recommendations) && feedback.equals(records.feedback)
                && orders.equals(records.orders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interviewServices, recommendations, feedback, orders);
    }
}
