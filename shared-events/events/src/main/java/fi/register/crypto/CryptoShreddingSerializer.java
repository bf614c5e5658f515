package fi.register.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Axon's Jackson serializer with the {@link PersonalData} properties of events and snapshots encrypted under the
 * data subject's key, so the event store never holds personal data in clear text. Once the key is destroyed the
 * message still reads: personal text as {@link PersonalData#ERASED}, other personal values as null, the rest as
 * stored. Messages without personal data, metadata and unknown types pass through the delegate untouched.
 * <p>
 * Upcasters see the stored form: personal properties are tokens there and must be moved, not read.
 */
public final class CryptoShreddingSerializer implements Serializer {

    private static final Logger log = LoggerFactory.getLogger(CryptoShreddingSerializer.class);

    private final JacksonSerializer delegate;
    private final PersonalDataCipher cipher;
    private final ObjectMapper mapper;
    private final boolean opensPersonalData;

    public CryptoShreddingSerializer(JacksonSerializer delegate, PersonalDataCipher cipher) {
        this(delegate, cipher, true);
    }

    private CryptoShreddingSerializer(JacksonSerializer delegate, PersonalDataCipher cipher, boolean opensPersonalData) {
        this.delegate = delegate;
        this.cipher = cipher;
        this.mapper = delegate.getObjectMapper();
        this.opensPersonalData = opensPersonalData;
    }

    /**
     * The same serializer for a reader that needs no personal data (the compliance replay): every sealed personal
     * property reads as erased, and no key is looked up or opened. It writes as this one does.
     */
    public CryptoShreddingSerializer leavingPersonalDataSealed() {
        return new CryptoShreddingSerializer(delegate, cipher, false);
    }

    /** Around a Jackson serializer that uses {@link #objectMapper()}. */
    public static CryptoShreddingSerializer create(PersonalDataCipher cipher) {
        return new CryptoShreddingSerializer(JacksonSerializer.builder().objectMapper(objectMapper()).build(), cipher);
    }

    /**
     * The register's JSON mapping for messages: ISO-8601 dates, and unknown properties ignored so that an event
     * written by a newer version with an added field still reads. A new instance each time, because Axon's
     * serializer registers its modules on the mapper it is given.
     */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalDataDescriptor descriptor = object == null ? null : PersonalDataDescriptor.of(object.getClass());
        if (descriptor == null || !descriptor.hasPersonalData()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = encrypt(object, descriptor);
        SerializedType type = delegate.typeForClass(object.getClass());
        return new SimpleSerializedObject<>(render(tree, expectedRepresentation), expectedRepresentation, type);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        if (SerializedType.emptyType().equals(type)) {
            return delegate.deserialize(serializedObject);
        }
        Class<?> target = delegate.classForType(type);
        PersonalDataDescriptor descriptor =
                UnknownSerializedType.class.isAssignableFrom(target) ? null : PersonalDataDescriptor.of(target);
        if (descriptor == null || !descriptor.hasPersonalData()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode tree = toTree(serializedObject);
        if (tree instanceof ObjectNode object) {
            decrypt(object, descriptor, target);
        }
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, type));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    private ObjectNode encrypt(Object object, PersonalDataDescriptor descriptor) {
        if (!(mapper.valueToTree(object) instanceof ObjectNode tree)) {
            throw new SerializationException(object.getClass().getName()
                    + " has personal data but does not serialize to a JSON object, so it cannot be encrypted");
        }
        SecretKey key = null;
        UUID subjectId = null;
        for (PersonalDataDescriptor.Property property : descriptor.personal()) {
            JsonNode value = tree.get(property.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (key == null) {
                subjectId = subjectId(tree, descriptor)
                        .orElseThrow(() -> new SerializationException(object.getClass().getName()
                                + " has personal data but no data subject id"));
                key = cipher.keyFor(subjectId);
            }
            byte[] json = writeBytes(value);
            tree.put(property.name(), PersonalDataCipher.encrypt(key, subjectId, property.name(), json));
        }
        return tree;
    }

    private void decrypt(ObjectNode tree, PersonalDataDescriptor descriptor, Class<?> target) {
        Optional<UUID> subjectId = Optional.empty();
        Optional<SecretKey> key = Optional.empty();
        boolean lookedUp = false;
        for (PersonalDataDescriptor.Property property : descriptor.personal()) {
            JsonNode value = tree.get(property.name());
            byte[] sealed = value != null && value.isTextual() ? PersonalDataCipher.parse(value.textValue()) : null;
            if (sealed == null) {
                continue; // null, or clear text written before this serializer: read as it is
            }
            if (!opensPersonalData) {
                tree.set(property.name(), erased(property));
                continue;
            }
            if (!lookedUp) {
                lookedUp = true;
                subjectId = subjectId(tree, descriptor);
                key = subjectId.flatMap(cipher::findKey);
                if (subjectId.isEmpty()) {
                    log.warn("A stored {} has encrypted personal data but no readable subject id; reading it as erased",
                            target.getName());
                }
            }
            tree.set(property.name(), key.isPresent()
                    ? readTree(PersonalDataCipher.open(key.get(), subjectId.get(), property.name(), sealed))
                    : erased(property));
        }
    }

    private static JsonNode erased(PersonalDataDescriptor.Property property) {
        return property.text() ? TextNode.valueOf(PersonalData.ERASED) : NullNode.getInstance();
    }

    private static Optional<UUID> subjectId(JsonNode tree, PersonalDataDescriptor descriptor) {
        JsonNode value = tree.get(descriptor.subjectProperty());
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.textValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T render(ObjectNode tree, Class<T> representation) {
        if (representation.isInstance(tree)) {
            return (T) tree;
        }
        if (String.class.equals(representation)) {
            return (T) new String(writeBytes(tree), StandardCharsets.UTF_8);
        }
        return delegate.getConverter().convert(writeBytes(tree), byte[].class, representation);
    }

    private JsonNode toTree(SerializedObject<?> serializedObject) {
        if (serializedObject.getData() instanceof JsonNode node) {
            return node.deepCopy(); // decrypting in place would put clear text into a representation others may hold
        }
        return delegate.getConverter().convert(serializedObject, JsonNode.class).getData();
    }

    private byte[] writeBytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Unable to serialize object", e);
        }
    }

    private JsonNode readTree(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            // without the cause: the parser's message would quote the personal data
            throw new SerializationException("Decrypted personal data is not valid JSON");
        }
    }
}
