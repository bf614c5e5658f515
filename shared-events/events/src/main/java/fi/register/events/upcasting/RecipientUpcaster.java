package fi.register.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.personal.PersonalData;
import fi.register.rules.NamedParty;
import fi.register.rules.PartyNames;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a revision 1 {@link ConsentGivenEvent} or {@link PersonalDataDisclosedEvent}, whose {@code recipient} was
 * stored in clear, as revision 2: a recipient the settings name as a party becomes its readable code
 * ({@code namedParty}) and no text; anyone else's text stays in {@code recipient}, now a personal field.
 * <p>
 * An upcaster has no business writing the store, and sealing here would change nothing on disk: the old row keeps
 * its clear bytes either way. So it decides what a reader sees. While the subject's key lives, the legacy text reads as
 * it was (the serializer passes unsealed text through); once the key is destroyed, it reads as
 * {@link PersonalData#ERASED}, as a sealed value would. The clear bytes in rows written before revision 2 are a residual
 * that docs/crypto-shredding.md lists.
 */
public final class RecipientUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType CONSENT_V1 = new SimpleSerializedType(ConsentGivenEvent.class.getName(), "1");
    private static final SimpleSerializedType DISCLOSURE_V1 =
            new SimpleSerializedType(PersonalDataDisclosedEvent.class.getName(), "1");

    private final PartyNames parties;
    private final Predicate<UUID> subjectKeyExists;

    /**
     * @param parties          the configured names that identify a named party's text
     * @param subjectKeyExists whether the subject's data key still exists (false once erased)
     */
    public RecipientUpcaster(PartyNames parties, Predicate<UUID> subjectKeyExists) {
        this.parties = parties;
        this.subjectKeyExists = subjectKeyExists;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return CONSENT_V1.equals(representation.getType()) || DISCLOSURE_V1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        SimpleSerializedType revision2 = new SimpleSerializedType(representation.getType().getName(), "2");
        return representation.upcastPayload(revision2, JsonNode.class, this::splitRecipient);
    }

    /** The payload with its clear recipient split into a party code or a personal text. */
    JsonNode splitRecipient(JsonNode payload) {
        if (!(payload instanceof ObjectNode event)) {
            return payload;
        }
        JsonNode recipient = event.get("recipient");
        String text = recipient != null && recipient.isTextual() ? recipient.textValue() : null;
        Optional<NamedParty> party = text == null ? Optional.empty() : parties.partyNamed(text);
        event.put("namedParty", party.map(NamedParty::code).orElse(null));
        if (party.isPresent() || text == null) {
            event.putNull("recipient");
        } else if (!keyExists(subjectOf(event))) {
            event.put("recipient", PersonalData.ERASED);
        }
        return event;
    }

    private boolean keyExists(UUID subjectId) {
        return subjectId != null && subjectKeyExists.test(subjectId);
    }

    private static UUID subjectOf(ObjectNode event) {
        JsonNode id = event.get("customerId");
        try {
            return id != null && id.isTextual() ? UUID.fromString(id.textValue()) : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
