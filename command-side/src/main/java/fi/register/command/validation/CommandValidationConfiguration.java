package fi.register.command.validation;

import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.springframework.context.annotation.Configuration;

/**
 * Every command is checked against the constraints its record declares (a required field missing or blank) as it is
 * dispatched, wherever it comes from: a controller, the retention enforcer, a test. So the aggregate and its members
 * decide on the notice's rules only, never on a command's shape. A violation is answered as an invalid field.
 */
@Configuration(proxyBeanMethods = false)
class CommandValidationConfiguration {

    CommandValidationConfiguration(CommandBus commandBus, ValidatorFactory validatorFactory) {
        commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<>(validatorFactory));
    }
}
