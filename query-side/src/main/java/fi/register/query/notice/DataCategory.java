package fi.register.query.notice;

import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.interview.InterviewRecordedEvent;
import fi.register.events.interview.InterviewRectifiedEvent;
import fi.register.events.order.DeliveryAddressRectifiedEvent;
import fi.register.events.order.OrderPlacedEvent;
import fi.register.events.recommendation.ProgramFeedbackRecordedEvent;
import fi.register.events.recommendation.ProgramFeedbackRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendationRectifiedEvent;
import fi.register.events.recommendation.ProgramRecommendedEvent;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The categories of personal data the notice lists (the seed's "Henkilörekisteri sisältää"), each with the event
 * components marked {@code @PersonalData} that hold it. A test walks every event of the published language and
 * refuses a personal component no category claims, so a field added to the events cannot go unannounced.
 * Categories without components (the customer group, bookings) are kept readable in the events on purpose: the
 * retention schedule and the reports work from them; they are still personal data of the customer and listed.
 */
public enum DataCategory {
    /** Names; for a company, its name and business id. */
    IDENTITY(false, Map.of(
            CustomerRegisteredEvent.class, Set.of("firstName", "lastName", "companyName", "businessId"),
            CustomerRectifiedEvent.class, Set.of("firstName", "lastName", "companyName", "businessId"))),
    /** Address, e-mail address, phone number. */
    CONTACT(false, Map.of(
            CustomerRegisteredEvent.class, Set.of("address", "email", "phone"),
            CustomerRectifiedEvent.class, Set.of("address", "email", "phone"))),
    /** Billing address or e-invoicing details. */
    BILLING(false, Map.of(
            CustomerRegisteredEvent.class, Set.of("billing"),
            CustomerRectifiedEvent.class, Set.of("billing"))),
    /** The customer group and the language the customer is served in. */
    CUSTOMER_GROUP_AND_LANGUAGE(false, Map.of()),
    /** Bookings, services received, orders of service products with their delivery address. */
    BOOKINGS_AND_ORDERS(false, Map.of(OrderPlacedEvent.class, Set.of("deliveryAddress"),
            DeliveryAddressRectifiedEvent.class, Set.of("deliveryAddress"))),
    /** Consents: to marketing by channel, to health data, to a disclosure with its written evidence. */
    CONSENTS(false, Map.of(ConsentGivenEvent.class, Set.of("recipient", "evidenceReference"))),
    /** The wellbeing interview: the challenges and the program preferences. */
    WELLBEING_INTERVIEW(true, Map.of(InterviewRecordedEvent.class, Set.of("challenges", "programPreferences"),
            InterviewRectifiedEvent.class, Set.of("challenges", "programPreferences"))),
    /** The date of birth, only for the services whose profile needs it. */
    DATE_OF_BIRTH(false, Map.of(InterviewRecordedEvent.class, Set.of("dateOfBirth"),
            InterviewRectifiedEvent.class, Set.of("dateOfBirth"))),
    /** Program recommendations and the customer's feedback on their effects. */
    PROGRAMS_AND_FEEDBACK(true, Map.of(
            ProgramRecommendedEvent.class, Set.of("program", "intensity", "rationale"),
            ProgramFeedbackRecordedEvent.class, Set.of("program", "effect", "rating"),
            ProgramRecommendationRectifiedEvent.class, Set.of("program", "intensity", "rationale"),
            ProgramFeedbackRectifiedEvent.class, Set.of("program", "effect", "rating"))),
    /** Who received which of the customer's data, when and on what basis. */
    DISCLOSURES(false, Map.of(PersonalDataDisclosedEvent.class, Set.of("recipient")));

    private final boolean healthData;
    private final Map<Class<?>, Set<String>> personalComponents;

    DataCategory(boolean healthData, Map<Class<?>, Set<String>> personalComponents) {
        this.healthData = healthData;
        this.personalComponents = personalComponents;
    }

    /** Health data (GDPR Art. 9): recorded only on the customer's HEALTH_DATA consent (HealthDataNeedsConsent). */
    public boolean healthData() {
        return healthData;
    }

    /** The {@code @PersonalData} components of the events that hold this category. */
    public Map<Class<?>, Set<String>> personalComponents() {
        return personalComponents;
    }

    /** Whether some category claims this event's personal component. */
    public static boolean claims(Class<?> event, String component) {
        return List.of(values()).stream()
                .anyMatch(category -> category.personalComponents.getOrDefault(event, Set.of()).contains(component));
    }
}
