package fi.register.command.metadata;

import fi.register.events.EventMetadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Stamps every command with the authenticated actor and the request's correlation id; the
 * correlation data provider then copies both onto every event the command causes.
 * Commands the register issues itself (retention) run as {@link EventMetadata#SYSTEM_ACTOR}.
 */
class ActorAndRequestInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {


    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> stamp = new java.util.HashMap<>();
            if (!command.getMetaData().containsKey(EventMetadata.ACTOR)) {
                stamp.put(EventMetadata.ACTOR, actor());
            }
            if (!command.getMetaData().containsKey(EventMetadata.CORRELATION_ID)) {
                stamp.put(EventMetadata.CORRELATION_ID, correlationId());
            }
            return command.andMetaData(stamp);
        };
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : EventMetadata.SYSTEM_ACTOR;
    }

    private static String correlationId() {
        String fromRequest = MDC.get(CorrelationIdFilter.MDC_KEY);
        return fromRequest != null ? fromRequest : UUID.randomUUID().toString();
    }
}
