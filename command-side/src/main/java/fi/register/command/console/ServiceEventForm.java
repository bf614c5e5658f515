package fi.register.command.console;

import fi.register.command.booking.RecordServiceEventRequest;
import fi.register.events.service.ServiceEventKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A service that took place without a booking, as posted: the service from the menu and what happened (the API's
 * {@code kind}, named apart from the customer's kind on the forms).
 */
record ServiceEventForm(String service, String eventKind) implements CommandForm<ServiceEventForm> {

    static ServiceEventForm blank() {
        return new ServiceEventForm("", "");
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("service", service);
        values.put("eventKind", eventKind);
        return values;
    }

    @Override
    public ServiceEventForm without(Set<String> fields) {
        return new ServiceEventForm(fields.contains("service") ? "" : service, fields.contains("eventKind") ? "" : eventKind);
    }

    RecordServiceEventRequest toRequest() {
        return new RecordServiceEventRequest(FormFields.given(service), FormFields.choice(ServiceEventKind.class, eventKind));
    }
}
