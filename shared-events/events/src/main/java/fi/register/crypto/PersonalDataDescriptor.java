package fi.register.crypto;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which JSON properties of a message class are personal data, and which one names the data subject. Worked out
 * once per class by reflection and cached, so serializing a message never reflects. Only top-level components are
 * looked at: a value type inside a {@code @PersonalData} component is encrypted as a whole.
 */
final class PersonalDataDescriptor {

    private static final PersonalDataDescriptor NONE = new PersonalDataDescriptor(null, List.of());

    private static final ClassValue<PersonalDataDescriptor> CACHE = new ClassValue<>() {
        @Override
        protected PersonalDataDescriptor computeValue(Class<?> type) {
            return describe(type);
        }
    };

    /** A personal JSON property, and whether it reads back as the erased marker (text) or as null (anything else). */
    record Property(String name, boolean text) {
    }

    private final String subjectProperty;
    private final List<Property> personal;

    private PersonalDataDescriptor(String subjectProperty, List<Property> personal) {
        this.subjectProperty = subjectProperty;
        this.personal = personal;
    }

    /** @throws IllegalStateException when the class has personal data but no single {@code UUID} subject id */
    static PersonalDataDescriptor of(Class<?> type) {
        return CACHE.get(type);
    }

    boolean hasPersonalData() {
        return !personal.isEmpty();
    }

    String subjectProperty() {
        return subjectProperty;
    }

    List<Property> personal() {
        return personal;
    }

    private static PersonalDataDescriptor describe(Class<?> type) {
        List<Member> members = type.isRecord() ? recordComponents(type) : fields(type);
        String subject = null;
        List<Property> personal = new ArrayList<>();
        for (Member member : members) {
            boolean isSubject = member.element().isAnnotationPresent(DataSubjectId.class);
            boolean isPersonal = member.element().isAnnotationPresent(PersonalData.class);
            if (isSubject && isPersonal) {
                throw misdeclared(type, "'" + member.name() + "' cannot be both @DataSubjectId and @PersonalData");
            }
            if (isSubject) {
                if (subject != null) {
                    throw misdeclared(type, "it has more than one @DataSubjectId");
                }
                if (member.type() != UUID.class) {
                    throw misdeclared(type, "its @DataSubjectId '" + member.name() + "' must be a java.util.UUID");
                }
                subject = member.name();
            }
            if (isPersonal) {
                personal.add(new Property(member.name(), member.type() == String.class));
            }
        }
        if (personal.isEmpty()) {
            return NONE;
        }
        if (subject == null) {
            throw misdeclared(type, "it has @PersonalData but no @DataSubjectId to choose the key with");
        }
        return new PersonalDataDescriptor(subject, List.copyOf(personal));
    }

    private record Member(String name, Class<?> type, AnnotatedElement element) {
    }

    private static List<Member> recordComponents(Class<?> type) {
        List<Member> members = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            members.add(new Member(jsonName(component, component.getName()), component.getType(), component));
        }
        return members;
    }

    private static List<Member> fields(Class<?> type) {
        List<Member> members = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    members.add(new Member(jsonName(field, field.getName()), field.getType(), field));
                }
            }
        }
        return members;
    }

    private static String jsonName(AnnotatedElement element, String name) {
        JsonProperty property = element.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : name;
    }

    private static IllegalStateException misdeclared(Class<?> type, String problem) {
        return new IllegalStateException(type.getName() + " is declared wrongly for crypto-shredding: " + problem);
    }
}
