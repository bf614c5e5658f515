package fi.register.deploy.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fi.register.command.CommandSideApplication;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.personal.PersonalData;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The command side as its exec jar starts it, plus a probe on the loopback port named by {@value #PROBE_PORT}: {@code GET
 * /registration/<subject>} reads the subject's registration from the event store through the register's own
 * serializer, so through this process's key cache, and answers {@code readable} when its sealed fields opened,
 * {@code erased} when they read as erased, never a value. A test's window into what this process can still decrypt.
 */
public final class CommandSideWithKeyProbe {

    static final String PROBE_PORT = "register.test.key-probe-port";

    private CommandSideWithKeyProbe() {
    }

    public static void main(String[] args) throws IOException {
        SpringApplication application = new SpringApplication(CommandSideApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CommandSideApplication.CONFIG_NAMES));
        ConfigurableApplicationContext context = application.run(args);
        EventStore events = context.getBean(EventStore.class);
        HttpServer probe = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.getInteger(PROBE_PORT)), 0);
        probe.createContext("/registration/", exchange -> answer(exchange, events));
        probe.start();
    }

    private static void answer(HttpExchange exchange, EventStore events) throws IOException {
        String subject = exchange.getRequestURI().getPath().substring("/registration/".length());
        String answer;
        int status = 200;
        try {
            Optional<CustomerRegisteredEvent> registration = events.readEvents(UUID.fromString(subject).toString())
                    .asStream().map(Message::getPayload)
                    .filter(CustomerRegisteredEvent.class::isInstance).map(CustomerRegisteredEvent.class::cast)
                    .findFirst();
            answer = registration.map(event -> PersonalData.ERASED.equals(event.lastName()) ? "erased" : "readable")
                    .orElse("none");
        } catch (RuntimeException e) {
            status = 500;
            answer = e.getClass().getName();
        }
        byte[] body = answer.getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
