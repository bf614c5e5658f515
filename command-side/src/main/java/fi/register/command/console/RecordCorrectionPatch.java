package fi.register.command.console;

import fi.register.autoconfigure.console.CorrectedRecord;
import fi.register.command.address.AddressRequest;
import fi.register.command.interview.InterviewMergePatch;
import fi.register.command.order.DeliveryAddressMergePatch;
import fi.register.command.recommendation.FeedbackMergePatch;
import fi.register.command.recommendation.RecommendationMergePatch;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a record's correction sends, the API's own: the merge patch of {@code PATCH /api/customers/{id}/<records>/{id}}
 * built from the fields staff changed (a setter called only for those, with null for one emptied, which the patch
 * reads as "clear it"; the aggregate refuses clearing what may not be), and that patch's command. A field that must be
 * a whole number and is not is sent as none, so it is refused next to its field.
 */
record RecordCorrectionPatch<P>(Function<RecordCorrectionForm, P> patch, Command<P> command) {

    interface Command<P> {
        Object of(P patch, UUID customerId, UUID recordId);
    }

    static RecordCorrectionPatch<?> of(CorrectedRecord record) {
        return switch (record) {
            case INTERVIEW -> new RecordCorrectionPatch<>(form -> changed(form, new InterviewMergePatch(), Map.of(
                    "challenges", InterviewMergePatch::setChallenges,
                    "programPreferences", InterviewMergePatch::setProgramPreferences,
                    "dateOfBirth", InterviewMergePatch::setDateOfBirth)), InterviewMergePatch::toCommand);
            case DELIVERY_ADDRESS -> new RecordCorrectionPatch<>(RecordCorrectionPatch::deliveryAddress,
                    DeliveryAddressMergePatch::toCommand);
            case RECOMMENDATION -> new RecordCorrectionPatch<>(form -> changed(form, new RecommendationMergePatch(), Map.of(
                    "program", RecommendationMergePatch::setProgram,
                    "intensity", RecommendationMergePatch::setIntensity,
                    "durationMinutes", (patch, minutes) -> patch.setDurationMinutes(FormFields.number(minutes)),
                    "rationale", RecommendationMergePatch::setRationale)), RecommendationMergePatch::toCommand);
            case FEEDBACK -> new RecordCorrectionPatch<>(form -> changed(form, new FeedbackMergePatch(), Map.of(
                    "program", FeedbackMergePatch::setProgram,
                    "effect", FeedbackMergePatch::setEffect,
                    "rating", (patch, rating) -> patch.setRating(FormFields.number(rating)))), FeedbackMergePatch::toCommand);
        };
    }

    private static <P> P changed(RecordCorrectionForm form, P patch, Map<String, BiConsumer<P, String>> setters) {
        setters.forEach((field, setter) -> {
            if (form.changed(field)) {
                setter.accept(patch, form.entered(field));
            }
        });
        return patch;
    }

    /**
     * The address is replaced whole when any part of it changed, each missing part refused next to it; every part
     * emptied is sent as clearing it, for the aggregate to refuse (an order is always delivered somewhere). Nothing
     * changed: an empty patch, which the aggregate answers "nothing to rectify".
     */
    private static DeliveryAddressMergePatch deliveryAddress(RecordCorrectionForm form) {
        DeliveryAddressMergePatch patch = new DeliveryAddressMergePatch();
        var fields = CorrectedRecord.DELIVERY_ADDRESS.fieldNames();
        if (fields.stream().anyMatch(form::changed)) {
            patch.setDeliveryAddress(fields.stream().allMatch(field -> form.entered(field) == null) ? null
                    : new AddressRequest(form.entered("street"), form.entered("postalCode"), form.entered("city"),
                    form.entered("country")));
        }
        return patch;
    }
}
