package fi.register.events.disclosure;

import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.interview.InterviewField;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which of a disclosure's fields a change reaches, so that its recipient is to be told (GDPR Art. 19): one reading of
 * the events for the aggregate, which refuses a notification nobody owes, and for the query side's list of recipients
 * still to be told. Decides from field names and ids only, never from values, so it reads the same after erasure.
 * <p>
 * A rectification reaches the disclosed fields that hold what it corrected (the phone is also the delivery contact; a
 * company's name is its NAME); a corrected delivery address reaches only the confirmation of that order; an erasure
 * reaches every field disclosed. Health data is never disclosed, so its corrections reach nobody.
 */
public final class DisclosedFieldsChanged {

    private static final Map<CustomerField, Set<DisclosedField>> CUSTOMER_FIELDS = Map.of(
            CustomerField.FIRST_NAME, EnumSet.of(DisclosedField.NAME),
            CustomerField.LAST_NAME, EnumSet.of(DisclosedField.NAME),
            CustomerField.COMPANY_NAME, EnumSet.of(DisclosedField.NAME),
            CustomerField.ADDRESS, EnumSet.of(DisclosedField.ADDRESS),
            CustomerField.BILLING, EnumSet.of(DisclosedField.BILLING),
            CustomerField.EMAIL, EnumSet.of(DisclosedField.EMAIL, DisclosedField.DELIVERY_CONTACT),
            CustomerField.PHONE, EnumSet.of(DisclosedField.PHONE, DisclosedField.DELIVERY_CONTACT),
            CustomerField.CUSTOMER_GROUP, EnumSet.of(DisclosedField.CUSTOMER_GROUP),
            CustomerField.LANGUAGE, EnumSet.of(DisclosedField.LANGUAGE));

    private DisclosedFieldsChanged() {
    }

    /** The kind of change an event is for a recipient, or empty for an event that changes nothing disclosed. */
    public static Optional<RecipientChange> kindOf(Object event) {
        if (event instanceof SubjectErasedEvent) {
            return Optional.of(RecipientChange.ERASURE);
        }
        return event instanceof CustomerRectifiedEvent || event instanceof InterviewRectifiedEvent
                || event instanceof DeliveryAddressRectifiedEvent
                ? Optional.of(RecipientChange.RECTIFICATION) : Optional.empty();
    }

    /**
     * The fields of a disclosure (of {@code disclosed}, for the order {@code disclosedOrder} when it was an order's
     * confirmation, null otherwise) that {@code change} reaches: empty when its recipient has nothing to be told.
     */
    public static Set<DisclosedField> reachedBy(Object change, Set<DisclosedField> disclosed, UUID disclosedOrder) {
        Set<DisclosedField> reached = EnumSet.noneOf(DisclosedField.class);
        if (change instanceof SubjectErasedEvent) {
            reached.addAll(disclosed);
        } else if (change instanceof CustomerRectifiedEvent rectified) {
            rectified.rectifiedFields().forEach(field -> reached.addAll(CUSTOMER_FIELDS.getOrDefault(field, Set.of())));
        } else if (change instanceof InterviewRectifiedEvent rectified
                && rectified.rectifiedFields().contains(InterviewField.DATE_OF_BIRTH)) {
            reached.add(DisclosedField.DATE_OF_BIRTH);
        } else if (change instanceof DeliveryAddressRectifiedEvent rectified
                && disclosedOrder != null && Objects.equals(disclosedOrder, rectified.orderId())) {
            reached.add(DisclosedField.DELIVERY_ADDRESS);
        }
        reached.retainAll(disclosed);
        return reached;
    }
}
