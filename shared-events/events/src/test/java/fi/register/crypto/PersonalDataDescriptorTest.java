package fi.register.crypto;

import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.events.personal.DataSubjectId;
import fi.register.events.personal.PersonalData;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataDescriptorTest {

    @Test
    void findsThePersonalComponentsAndTheSubjectOfARecord() {
        PersonalDataDescriptor descriptor = PersonalDataDescriptor.of(CustomerRegisteredEvent.class);

        assertThat(descriptor.subjectProperty()).isEqualTo("customerId");
        assertThat(descriptor.personal()).extracting(PersonalDataDescriptor.Property::name)
                .containsExactly("firstName", "lastName", "companyName", "businessId", "address", "billing", "email", "phone");
        assertThat(descriptor.personal()).filteredOn(p -> !p.text()).extracting(PersonalDataDescriptor.Property::name)
                .containsExactly("address", "billing");
    }

    @Test
    void describesEachClassOnce() {
        assertThat(PersonalDataDescriptor.of(CustomerRegisteredEvent.class))
                .isSameAs(PersonalDataDescriptor.of(CustomerRegisteredEvent.class));
        assertThat(PersonalDataDescriptor.of(SubjectErasedEvent.class).hasPersonalData()).isFalse();
        assertThat(PersonalDataDescriptor.of(String.class).hasPersonalData()).isFalse();
    }

    @Test
    void refusesMisdeclaredClasses() {
        assertThatThrownBy(() -> PersonalDataDescriptor.of(TwoSubjects.class)).hasMessageContaining("more than one");
        assertThatThrownBy(() -> PersonalDataDescriptor.of(TextSubject.class)).hasMessageContaining("java.util.UUID");
        assertThatThrownBy(() -> PersonalDataDescriptor.of(NoSubject.class)).hasMessageContaining("no @DataSubjectId");
    }

    record TwoSubjects(@DataSubjectId UUID a, @DataSubjectId UUID b, @PersonalData String name) {
    }

    record TextSubject(@DataSubjectId String id, @PersonalData String name) {
    }

    record NoSubject(UUID id, @PersonalData String name) {
    }
}
