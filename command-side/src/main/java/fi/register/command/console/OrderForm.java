package fi.register.command.console;

import fi.register.command.address.AddressRequest;
import fi.register.command.order.PlaceOrderRequest;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An order as posted: the product, sale or rental, and where it is delivered. The order is billed, so the API also
 * needs the customer's own address (or billing details) on record: its refusal says so above the form.
 */
record OrderForm(String product, String terms, String street, String postalCode, String city, String country)
        implements CommandForm<OrderForm> {

    static OrderForm blank() {
        return new OrderForm("", "", "", "", "", "FI");
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("product", product);
        values.put("terms", terms);
        values.put("street", street);
        values.put("postalCode", postalCode);
        values.put("city", city);
        values.put("country", country);
        return values;
    }

    @Override
    public OrderForm without(Set<String> fields) {
        Map<String, String> values = values();
        fields.forEach(field -> values.replace(field, ""));
        return new OrderForm(values.get("product"), values.get("terms"), values.get("street"), values.get("postalCode"),
                values.get("city"), values.get("country"));
    }

    PlaceOrderRequest toRequest() {
        return new PlaceOrderRequest(FormFields.choice(Product.class, product), FormFields.choice(OrderTerms.class, terms),
                new AddressRequest(FormFields.given(street), FormFields.given(postalCode), FormFields.given(city),
                        FormFields.given(country)));
    }
}
