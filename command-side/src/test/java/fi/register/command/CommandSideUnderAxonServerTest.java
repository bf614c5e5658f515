package fi.register.command;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Under {@code axonserver} the command side sends commands and appends events through the Axon Server connector, and
 * the embedded event store (the JPA engine on the data source) steps aside. No Axon Server runs here, which shows
 * the other half: before serving anything the command side reads the history (every subject's retention deadline),
 * so without its event store it refuses to start, rather than start on anything else.
 */
class CommandSideUnderAxonServerTest {

    @TempDir
    Path dataDir;

    @Test
    void wiresTheConnectorWithTheEmbeddedEventStoreOff_AndRefusesToStartWithoutAxonServer() {
        AtomicReference<Wiring> wired = new AtomicReference<>();
        SpringApplicationBuilder commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CommandSideApplication.CONFIG_NAMES)
                // the context is complete here, before the application runners read the history
                .listeners((ApplicationListener<ApplicationStartedEvent>) started ->
                        wired.set(Wiring.of(started.getApplicationContext())));

        assertThatThrownBy(() -> commandSide.run("--spring.profiles.active=embedded,axonserver",
                "--axon.axonserver.servers=localhost:1",
                // outside the embedded default alone, only real password hashes are accepted
                "--register.security.users[0].name=staff", "--register.security.users[0].roles[0]=STAFF",
                "--register.security.users[0].password={bcrypt}" + new BCryptPasswordEncoder(10).encode("a long test password"),
                "--register.data-dir=" + dataDir, "--server.port=0"))
                .as("no Axon Server at localhost:1").isNotNull();

        Wiring wiring = wired.get();
        assertThat(wiring).as("the context was complete before the history was read").isNotNull();
        assertThat(wiring.eventStore()).isInstanceOf(AxonServerEventStore.class);
        assertThat(wiring.commandBus()).isInstanceOf(AxonServerCommandBus.class);
        assertThat(wiring.storageEngines()).as("no event storage engine on the data source").isZero();
        assertThat(wiring.keyStore()).as("keys in files: the events are in no database of this process").isEqualTo("files");
    }

    /** What the context held once complete (it is closed by the time the failed start returns). */
    private record Wiring(Object eventStore, Object commandBus, int storageEngines, String keyStore) {

        static Wiring of(ApplicationContext context) {
            return new Wiring(context.getBean(EventStore.class), context.getBean(CommandBus.class),
                    context.getBeansOfType(EventStorageEngine.class).size(),
                    context.getEnvironment().getProperty("register.crypto.key-store"));
        }
    }
}
