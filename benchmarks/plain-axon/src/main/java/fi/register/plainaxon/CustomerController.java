package fi.register.plainaxon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import fi.register.plainaxon.CustomerMessages.RegisterCustomer;
import fi.register.plainaxon.CustomerMessages.RegisterCustomerBody;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Registers a customer through Axon and reads it back from the projection, as the register's API does. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CommandGateway commands;
    private final MongoCollection<Document> customers;

    CustomerController(CommandGateway commands, MongoDatabase projectionDatabase) {
        this.commands = commands;
        this.customers = projectionDatabase.getCollection(CustomerProjection.CUSTOMERS);
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> register(@RequestBody RegisterCustomerBody body) {
        UUID customerId = UUID.randomUUID();
        commands.sendAndWait(new RegisterCustomer(customerId, body));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId)).body(Map.of("customerId", customerId));
    }

    /**
     * The same request (security, body parsed, 201 with Location and body) with no command: what HTTP, Spring MVC,
     * Spring Security and Jackson alone reach on this machine, the ceiling above everything Axon does.
     */
    @PostMapping("/without-command")
    ResponseEntity<Map<String, UUID>> registerWithoutCommand(@RequestBody RegisterCustomerBody body) {
        UUID customerId = UUID.randomUUID();
        return ResponseEntity.created(URI.create("/api/customers/" + customerId)).body(Map.of("customerId", customerId));
    }

    @GetMapping(value = "/{customerId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> customer(@PathVariable UUID customerId) {
        Document view = customers.find(Filters.eq("_id", customerId.toString())).first();
        return view == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(view.toJson());
    }
}
