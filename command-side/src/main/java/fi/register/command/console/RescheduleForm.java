package fi.register.command.console;

import fi.register.command.booking.RescheduleBookingRequest;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A booking's new time as the browser's date-time field gives it, read in the clinic's time zone. */
record RescheduleForm(String startsAt) implements CommandForm<RescheduleForm> {

    static RescheduleForm blank() {
        return new RescheduleForm("");
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("startsAt", startsAt);
        return values;
    }

    @Override
    public RescheduleForm without(Set<String> fields) {
        return fields.contains("startsAt") ? blank() : this;
    }

    RescheduleBookingRequest toRequest(ZoneId clinicZone) {
        return new RescheduleBookingRequest(FormFields.localTime(startsAt, clinicZone));
    }
}
