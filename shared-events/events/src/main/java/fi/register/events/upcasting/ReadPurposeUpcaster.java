package fi.register.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.PersonalDataReadEvent;
import fi.register.events.audit.ReadPurpose;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a revision 1 {@link PersonalDataReadEvent}, recorded before reads had a purpose, as revision 2: the purpose is
 * the one its kind of read serves ({@link ReadPurpose#derivedFrom}), so the access copy lists every old consultation
 * with a purpose too. A kind this build does not know keeps the payload as it is.
 */
public final class ReadPurposeUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType READ_V1 =
            new SimpleSerializedType(PersonalDataReadEvent.class.getName(), "1");
    private static final SimpleSerializedType READ_V2 =
            new SimpleSerializedType(PersonalDataReadEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return READ_V1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(READ_V2, JsonNode.class, ReadPurposeUpcaster::withPurpose);
    }

    static JsonNode withPurpose(JsonNode payload) {
        if (payload instanceof ObjectNode read && !read.hasNonNull("purpose")) {
            read.put("purpose", ReadPurpose.derivedFrom(kindOf(read)).name());
        }
        return payload;
    }

    private static PersonalDataRead kindOf(ObjectNode read) {
        JsonNode what = read.get("what");
        try {
            return what != null && what.isTextual() ? PersonalDataRead.valueOf(what.textValue()) : null;
        } catch (IllegalArgumentException unknownKind) {
            return null;
        }
    }
}
