package fi.register.deploy;

import com.mongodb.client.MongoDatabase;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.SubjectErasedEvent;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test code only, never in the register's jar: crashes the child register ({@link Runtime#halt}: no shutdown hook,
 * nothing flushed, as a power cut or {@code kill -9} would) at one step of the first erasure it is asked for. The
 * child runs {@link #main}, which is {@link RegisterApplication#main} with this initializer added, and the step is
 * chosen by the system property {@value #STEP}. The register itself has no hook for it: the crash rides on an Axon
 * command interceptor, the unit of work's phases, a servlet filter and event processor interceptors.
 */
public class ErasureCrash implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The one-JVM register as its own main starts it, plus the hooks. */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(RegisterApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", RegisterApplication.CONFIG_NAMES));
        application.addInitializers(new ErasureCrash());
        application.run(args);
    }

    static final String STEP = "register.test.erasure-crash";
    /** The exit code of a crash at the chosen step; any other code means the step was not reached as intended. */
    static final int CRASHED = 77;
    static final int STEP_NOT_AS_INTENDED = 78;
    /** The command side's subscribing processors; every other processor is a projection of the query side. */
    private static final Set<String> COMMAND_SIDE_PROCESSORS = Set.of("email-lookup", "key-shredder", "retention-schedule");
    /** The view whose purge is sent before the crash of step (d); the views are fed by one processor. */
    private static final String FIRST_TO_PURGE = "CustomerViewProjection";

    enum Step {
        /** (a) the key row deleted and the tombstone laid in the erasure's transaction, before its commit */
        KEY_DELETED_BEFORE_COMMIT,
        /** (b) the erasure committed, its HTTP answer not sent */
        COMMITTED_BEFORE_ANSWER,
        /** (c) the answer sent, no projection has purged the subject's views */
        ANSWERED_BEFORE_PURGE,
        /**
         * (d) one view (the customer view) purged, its writes sent to the store, the views handled after it not, and
         * the processor's position not saved
         */
        HALF_PURGED
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Step step = Step.valueOf(System.getProperty(STEP));
        Hooks hooks = new Hooks(step, context);
        GenericApplicationContext beans = (GenericApplicationContext) context;
        beans.registerBean("erasureCrashCommandHook", CommandHook.class, () -> new CommandHook(hooks));
        beans.registerBean("erasureCrashProjectionHook", ProjectionHook.class, () -> new ProjectionHook(hooks));
        beans.registerBean("erasureCrashHalfPurgeHook", HandlerEnhancerDefinition.class, () -> new HalfPurgeHook(hooks, context));
        beans.registerBean("erasureCrashAnswerHook", Filter.class, () -> hooks::afterAnswer);
    }

    static void crash(boolean asIntended) {
        Runtime.getRuntime().halt(asIntended ? CRASHED : STEP_NOT_AS_INTENDED);
    }

    /** What the hooks share: the step, the subject being erased, and when its answer has gone out. */
    static final class Hooks {

        final Step step;
        final AtomicReference<UUID> erasing = new AtomicReference<>();
        final CountDownLatch answered = new CountDownLatch(1);
        private final ConfigurableApplicationContext context;

        Hooks(Step step, ConfigurableApplicationContext context) {
            this.step = step;
            this.context = context;
        }

        void afterAnswer(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                         jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            chain.doFilter(request, response);
            if (request instanceof HttpServletRequest http && http.getRequestURI().endsWith("/erasure")) {
                response.flushBuffer(); // the 204 is on the wire before anyone is let go
                answered.countDown();
            }
        }

        boolean keyDestroyed(UUID subjectId) {
            return context.getBean(PersonalDataProtection.class).keyStore().isDestroyed(subjectId);
        }
    }

    /** On the command bus: arms the projection hooks, and crashes around the erasure's commit. */
    static final class CommandHook implements BeanPostProcessor {

        private final Hooks hooks;

        CommandHook(Hooks hooks) {
            this.hooks = hooks;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof CommandBus bus) {
                bus.registerHandlerInterceptor(interceptor());
            }
            return bean;
        }

        private MessageHandlerInterceptor<CommandMessage<?>> interceptor() {
            return (unitOfWork, chain) -> {
                if (!(unitOfWork.getMessage().getPayload() instanceof EraseSubjectCommand erase)
                        || !hooks.erasing.compareAndSet(null, erase.customerId())) {
                    return chain.proceed();
                }
                Object result = chain.proceed();
                // registered after the handler ran, so after the event bus's own prepare-commit handler, which
                // appended the event and ran the subscribing key shredder in the same transaction
                if (hooks.step == Step.KEY_DELETED_BEFORE_COMMIT) {
                    unitOfWork.onPrepareCommit(u -> crash(hooks.keyDestroyed(erase.customerId())));
                } else if (hooks.step == Step.COMMITTED_BEFORE_ANSWER) {
                    unitOfWork.afterCommit(u -> crash(hooks.keyDestroyed(erase.customerId())));
                }
                return result;
            };
        }
    }

    /** On the views' processor: holds the subject's SubjectErasedEvent until the answer is out, and crashes (step c). */
    static final class ProjectionHook {

        private final Hooks hooks;

        ProjectionHook(Hooks hooks) {
            this.hooks = hooks;
        }

        @Autowired
        void register(EventProcessingConfigurer processing) {
            processing.registerDefaultHandlerInterceptor((configuration, processor) ->
                    COMMAND_SIDE_PROCESSORS.contains(processor) ? null : interceptor());
        }

        private MessageHandlerInterceptor<EventMessage<?>> interceptor() {
            return (unitOfWork, chain) -> {
                if (!(unitOfWork.getMessage().getPayload() instanceof SubjectErasedEvent erased)
                        || !erased.customerId().equals(hooks.erasing.get())) {
                    return chain.proceed();
                }
                if (hooks.step == Step.ANSWERED_BEFORE_PURGE) {
                    hooks.answered.await();
                    crash(hooks.keyDestroyed(erased.customerId()));
                }
                return chain.proceed();
            };
        }
    }

    /**
     * Around each view's event handler: once the customer view has handled the subject's SubjectErasedEvent, a read of
     * its collection sends the writes the batch holds (BatchedWrites sends what is held before any read), and the
     * process dies before the views after it handle the event and before the processor saves its position.
     */
    static final class HalfPurgeHook implements HandlerEnhancerDefinition {

        private final Hooks hooks;
        private final ConfigurableApplicationContext context;

        HalfPurgeHook(Hooks hooks, ConfigurableApplicationContext context) {
            this.hooks = hooks;
            this.context = context;
        }

        @Override
        public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
            if (hooks.step != Step.HALF_PURGED || !original.declaringClass().getSimpleName().equals(FIRST_TO_PURGE)) {
                return original;
            }
            return new WrappedMessageHandlingMember<>(original) {
                @Override
                public Object handle(Message<?> message, T target) throws Exception {
                    Object result = super.handle(message, target);
                    if (message.getPayload() instanceof SubjectErasedEvent erased
                            && erased.customerId().equals(hooks.erasing.get())) {
                        context.getBean(MongoDatabase.class).getCollection("customers").countDocuments();
                        crash(hooks.keyDestroyed(erased.customerId()));
                    }
                    return result;
                }
            };
        }
    }
}
