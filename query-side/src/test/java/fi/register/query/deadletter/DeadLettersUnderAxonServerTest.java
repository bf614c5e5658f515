package fi.register.query.deadletter;

import fi.register.query.QuerySideApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under {@code axonserver} the events are in Axon Server, yet the dead letters still need a durable database: the
 * query side's data source is then an H2 file of its own in the data directory, never Spring Boot's in-memory H2.
 * Run without an Axon Server (none here): the connector retries in the background, the queues are configured.
 */
class DeadLettersUnderAxonServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsTheDeadLettersInAFileOfTheDataDirectory_WhenTheEventsAreInAxonServer() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=" + QuerySideApplication.CONFIG_NAMES)
                .run("--spring.profiles.active=embedded,axonserver", "--axon.axonserver.servers=localhost:1",
                        // outside the embedded default alone, only real password hashes are accepted
                        "--register.security.users[0].name=dpo", "--register.security.users[0].roles[0]=DPO",
                        "--register.security.users[0].password={bcrypt}" + new BCryptPasswordEncoder(10).encode("a long test password"),
                        "--register.data-dir=" + dataDir, "--server.port=0")) {
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                assertThat(connection.getMetaData().getURL())
                        .startsWith("jdbc:h2:file:" + dataDir.resolve("query-state"));
                assertThat(connection.getMetaData().getTables(null, null, "DEAD_LETTER_ENTRY", null).next()).isTrue();
            }
            assertThat(context.getBean(EventProcessingConfiguration.class).deadLetterQueue("customer-view")).isPresent();
        }
    }
}
