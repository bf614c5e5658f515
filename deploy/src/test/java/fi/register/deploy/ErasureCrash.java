package fi.register.deploy;

import fi.register.crypto.PersonalDataProtection;
import fi.register.events.erasure.EraseSubjectCommand;
import fi.register.events.erasure.SubjectErasedEvent;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
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
    private static final String FIRST_TO_PURGE = "customer-view";

    enum Step {
        /** (a) the key row deleted and the tombstone laid in the erasure's transaction, before its commit */
        KEY_DELETED_BEFORE_COMMIT,
        /** (b) the erasure committed, its HTTP answer not sent */
        COMMITTED_BEFORE_ANSWER,
        /** (c) the answer sent, no projection has purged the subject's views */
        ANSWERED_BEFORE_PURGE,
        /** (d) one projection (the customer view) purged and committed, the others not */
        HALF_PURGED
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Step step = Step.valueOf(System.getProperty(STEP));
        Hooks hooks = new Hooks(step, context);
        GenericApplicationContext beans = (GenericApplicationContext) context;
        beans.registerBean("erasureCrashCommandHook", CommandHook.class, () -> new CommandHook(hooks));
        beans.registerBean("erasureCrashProjectionHook", ProjectionHook.class, () -> new ProjectionHook(hooks));
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
        final CountDownLatch firstPurged = new CountDownLatch(1);
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

    /** On every projection's processor: holds the subject's SubjectErasedEvent and crashes at the step. */
    static final class ProjectionHook {

        private final Hooks hooks;

        ProjectionHook(Hooks hooks) {
            this.hooks = hooks;
        }

        @Autowired
        void register(EventProcessingConfigurer processing) {
            processing.registerDefaultHandlerInterceptor((configuration, processor) ->
                    COMMAND_SIDE_PROCESSORS.contains(processor) ? null : interceptor(processor));
        }

        private MessageHandlerInterceptor<EventMessage<?>> interceptor(String processor) {
            return (unitOfWork, chain) -> {
                if (!(unitOfWork.getMessage().getPayload() instanceof SubjectErasedEvent erased)
                        || !erased.customerId().equals(hooks.erasing.get())) {
                    return chain.proceed();
                }
                if (hooks.step == Step.ANSWERED_BEFORE_PURGE) {
                    hooks.answered.await();
                    crash(hooks.keyDestroyed(erased.customerId()));
                }
                if (hooks.step == Step.HALF_PURGED) {
                    if (processor.equals(FIRST_TO_PURGE)) {
                        Object result = chain.proceed();
                        unitOfWork.afterCommit(u -> hooks.firstPurged.countDown()); // view and token written
                        return result;
                    }
                    hooks.firstPurged.await();
                    crash(true);
                }
                return chain.proceed();
            };
        }
    }
}
