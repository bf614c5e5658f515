package fi.register.plainaxon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import fi.register.plainaxon.CustomerMessages.CustomerRegistered;
import fi.register.plainaxon.CustomerMessages.RegisterCustomerBody;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The customer view: one document per customer, written by Axon's default tracking processor, one event at a time. */
@Component
@ProcessingGroup("customers")
class CustomerProjection {

    static final String CUSTOMERS = "customers";

    private final MongoCollection<Document> customers;

    CustomerProjection(MongoDatabase projectionDatabase) {
        this.customers = projectionDatabase.getCollection(CUSTOMERS);
    }

    @EventHandler
    void on(CustomerRegistered event) {
        RegisterCustomerBody details = event.details();
        Document view = new Document("_id", event.customerId().toString())
                .append("kind", details.kind())
                .append("firstName", details.firstName())
                .append("lastName", details.lastName())
                .append("email", details.email())
                .append("phone", details.phone())
                .append("customerGroup", details.customerGroup())
                .append("language", details.language())
                .append("registeredAt", event.registeredAt().toString());
        if (details.address() != null) {
            view.append("address", new Document("street", details.address().street())
                    .append("postalCode", details.address().postalCode())
                    .append("city", details.address().city())
                    .append("country", details.address().country()));
        }
        customers.insertOne(view);
    }
}
