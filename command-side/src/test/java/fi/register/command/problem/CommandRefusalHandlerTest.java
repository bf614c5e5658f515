package fi.register.command.problem;

import fi.register.command.customer.CustomerFixtures;
import fi.register.events.customer.RegisterCustomerCommand;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CommandRefusalHandlerTest {

    @Test
    void answersInvalidField_WhenACommandBreaksAConstraintOfItsRecord_NamingTheFieldNotTheValue() {
        RegisterCustomerCommand person = CustomerFixtures.person(UUID.randomUUID());
        RegisterCustomerCommand withoutGroup = new RegisterCustomerCommand(person.customerId(), person.kind(),
                person.firstName(), person.lastName(), null, null, person.address(), null, person.email(), person.phone(),
                "   ", person.language());

        ResponseEntity<ProblemDetail> answer = new CommandRefusalHandler().invalid(new JSR303ViolationException(violationsOf(withoutGroup)));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getType()).isEqualTo(URI.create("urn:register:problem:invalid-field"));
        assertThat(answer.getBody().getDetail()).isEqualTo("Fix these fields: customerGroup: must not be blank")
                .doesNotContain(person.firstName(), person.lastName(), person.email(), person.phone(), "RegisterCustomerCommand");
    }

    private static Set<ConstraintViolation<Object>> violationsOf(Object command) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(command);
        }
    }
}
