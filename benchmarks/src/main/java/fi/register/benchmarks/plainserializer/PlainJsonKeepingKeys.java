package fi.register.benchmarks.plainserializer;

import fi.register.crypto.DataKeyStore;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's plain Jackson serializer that still asks for the subject's key where the crypto-shredding serializer would
 * (a message with a personal value, in the transaction that appends it), and then writes every value in clear. The
 * register's views and read paths find the key as they do with crypto-shredding on; without it the views would
 * create the keys themselves, several processors at once, and lose registrations to the race (measured: dead-lettered
 * with ConcurrentKeyCreationException). So what is off is the encryption and decryption of the messages' personal
 * values, and only that. A benchmark's class, never the register's.
 */
final class PlainJsonKeepingKeys implements Serializer {

    /** Where a record keeps its subject id and its personal values; empty for a type without personal data. */
    private record Personal(RecordComponent subject, List<RecordComponent> values) {
    }

    private final Serializer plain;
    private final DataKeyStore keys;
    private final Map<Class<?>, Optional<Personal>> shapes = new ConcurrentHashMap<>();

    PlainJsonKeepingKeys(Serializer plain, DataKeyStore keys) {
        this.plain = plain;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object != null) {
            shapes.computeIfAbsent(object.getClass(), PlainJsonKeepingKeys::shapeOf)
                    .ifPresent(personal -> keyFor(object, personal));
        }
        return plain.serialize(object, expectedRepresentation);
    }

    private void keyFor(Object object, Personal personal) {
        try {
            for (RecordComponent value : personal.values()) {
                if (value.getAccessor().invoke(object) != null) {
                    Object subject = personal.subject().getAccessor().invoke(object);
                    if (subject instanceof UUID subjectId) {
                        keys.keyFor(subjectId);
                    }
                    return;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + object.getClass().getName(), e);
        }
    }

    private static Optional<Personal> shapeOf(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        List<RecordComponent> values = Arrays.stream(components)
                .filter(component -> component.isAnnotationPresent(PersonalData.class)).toList();
        Optional<RecordComponent> subject = Arrays.stream(components)
                .filter(component -> component.isAnnotationPresent(DataSubjectId.class)).findFirst();
        if (values.isEmpty() || subject.isEmpty()) {
            return Optional.empty();
        }
        subject.get().getAccessor().setAccessible(true);
        values.forEach(value -> value.getAccessor().setAccessible(true));
        return Optional.of(new Personal(subject.get(), values));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return plain.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return plain.deserialize(serializedObject);
    }

    @Override
    public Class classForType(SerializedType type) {
        return plain.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return plain.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return plain.getConverter();
    }
}
