package fi.register.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A downstream reporting system, as another team would write it: it knows the feed's HTTP API and nothing of the
 * register's classes, reads the feed page by page with its own client and credentials, and builds the statistics of
 * service use (month, measure, dimensions: count) from the items alone. A cancellation and a withdrawal carry no
 * service or channel, so it remembers those of each open booking and marketing consent by the feed's pseudonyms.
 * <p>
 * Run as a process of its own ({@link #main}), as such a system runs: its projection and its position in the feed are
 * kept in a state file between runs, so a run reads on from where the last one stopped, and a new file starts over.
 */
final class ServiceUseFromFeed {

    /** month (UTC yyyy-MM) -> measure -> dimensions (in the report's order, null where none) -> count */
    private final Map<String, Map<String, Map<Map<String, String>, Long>>> counts = new TreeMap<>();
    private final Map<String, Map<String, String>> openBookings = new HashMap<>();
    private final Map<String, String> openMarketingChannels = new HashMap<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String authorization;
    private long after;

    ServiceUseFromFeed(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code <register's base URL> <user> <state file>}, the password in {@code FEED_PASSWORD} (not on the command
     * line, which other users of the machine can read): catches up from the state file's position, writes the state
     * back, exits 0; any failure exits 1 with the reason on standard error.
     */
    public static void main(String[] args) {
        try {
            Path state = Path.of(args[2]);
            ServiceUseFromFeed consumer = new ServiceUseFromFeed(args[0], args[1], System.getenv("FEED_PASSWORD"));
            if (Files.exists(state)) {
                consumer.restore(consumer.json.readTree(state.toFile()));
            }
            consumer.catchUp();
            Path written = Files.createTempFile(state.toAbsolutePath().getParent(), "state", ".json");
            consumer.json.writeValue(written.toFile(), consumer.state());
            Files.move(written, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            System.err.println("The consumer failed: " + e);
            System.exit(1);
        }
    }

    /** The counts a run left in its state file, in the shape {@link #counts()} has. */
    static Map<String, Map<String, Map<Map<String, String>, Long>>> countsIn(Path state) throws IOException {
        ServiceUseFromFeed reader = new ServiceUseFromFeed("", "", "");
        reader.restore(reader.json.readTree(state.toFile()));
        return reader.counts;
    }

    /** Reads every page from where it left off up to the feed's end now, and counts each item once. */
    ServiceUseFromFeed catchUp() throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/feed?after=" + after + "&limit=50"))
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The feed answered " + response.statusCode());
            }
            JsonNode page = json.readTree(response.body());
            page.path("items").forEach(this::count);
            if (page.path("next").asLong() == after) {
                return this;
            }
            after = page.path("next").asLong();
        }
    }

    Map<String, Map<String, Map<Map<String, String>, Long>>> counts() {
        return counts;
    }

    /** Everything a run must hand on to the next: the position, the open items, and the counts as a list of cells. */
    private ObjectNode state() {
        ObjectNode state = json.createObjectNode().put("after", after);
        state.set("openBookings", json.valueToTree(openBookings));
        state.set("openMarketingChannels", json.valueToTree(openMarketingChannels));
        ArrayNode cells = state.putArray("cells");
        counts.forEach((month, measures) -> measures.forEach((measure, byDimensions) -> byDimensions.forEach(
                (dimensions, count) -> {
                    ObjectNode cell = cells.addObject().put("month", month).put("measure", measure).put("count", count);
                    cell.set("dimensions", json.valueToTree(dimensions));
                })));
        return state;
    }

    private void restore(JsonNode state) {
        after = state.path("after").asLong();
        state.path("openBookings").fields().forEachRemaining(booking -> openBookings.put(booking.getKey(),
                dimensions("service", text(booking.getValue(), "service"), "channel", text(booking.getValue(), "channel"))));
        state.path("openMarketingChannels").fields().forEachRemaining(consent ->
                openMarketingChannels.put(consent.getKey(), consent.getValue().isNull() ? null : consent.getValue().asText()));
        for (JsonNode cell : state.path("cells")) {
            Map<String, String> dimensions = new LinkedHashMap<>();
            cell.path("dimensions").fields().forEachRemaining(dimension -> dimensions.put(dimension.getKey(),
                    dimension.getValue().isNull() ? null : dimension.getValue().asText()));
            counts.computeIfAbsent(cell.path("month").asText(), m -> new TreeMap<>())
                    .computeIfAbsent(cell.path("measure").asText(), m -> new HashMap<>())
                    .put(dimensions, cell.path("count").asLong());
        }
    }

    private void count(JsonNode item) {
        JsonNode fields = item.path("fields");
        switch (item.path("type").asText()) {
            case "CustomerRegisteredEvent" -> add(fields, "registeredAt", "customersRegistered",
                    "kind", text(fields, "kind"), "customerGroup", text(fields, "customerGroup"));
            case "BookingMadeEvent" -> {
                openBookings.put(text(fields, "booking"), dimensions("service", text(fields, "service"),
                        "channel", text(fields, "channel")));
                add(fields, "bookedAt", "bookingsMade", "service", text(fields, "service"),
                        "channel", text(fields, "channel"));
            }
            case "BookingCancelledEvent" -> {
                Map<String, String> booking = openBookings.remove(text(fields, "booking"));
                add(fields, "cancelledAt", "bookingsCancelled", "service", booking == null ? null : booking.get("service"),
                        "channel", booking == null ? null : booking.get("channel"));
            }
            case "BookingCompletedEvent" -> {
                openBookings.remove(text(fields, "booking"));
                add(fields, "serviceProvidedAt", "servicesCompleted", "service", text(fields, "service"),
                        "kind", "BOOKING_COMPLETED");
            }
            case "ServiceProvidedEvent" -> add(fields, "serviceProvidedAt", "servicesCompleted",
                    "service", text(fields, "service"), "kind", text(fields, "kind"));
            case "OrderPlacedEvent" -> add(fields, "placedAt", "ordersPlaced",
                    "product", text(fields, "product"), "terms", text(fields, "terms"));
            case "ConsentGivenEvent" -> {
                if ("MARKETING".equals(text(fields, "purpose"))) {
                    openMarketingChannels.put(text(fields, "consent"), text(fields, "channel"));
                }
                add(fields, "givenAt", "consentsGiven", "purpose", text(fields, "purpose"),
                        "channel", text(fields, "channel"));
            }
            case "ConsentWithdrawnEvent" -> {
                String channel = "MARKETING".equals(text(fields, "purpose"))
                        ? openMarketingChannels.remove(text(fields, "consent")) : null;
                add(fields, "withdrawnAt", "consentsWithdrawn", "purpose", text(fields, "purpose"), "channel", channel);
            }
            case "SubjectErasedEvent" -> add(fields, "erasedAt", "erasures", "reason", text(fields, "reason"));
            case "InterviewRecordedEvent" -> fields.path("services").forEach(service ->
                    add(fields, "recordedAt", "interviewsByService", "service", service.asText()));
            default -> {
                // not a statistic of service use
            }
        }
    }

    private void add(JsonNode fields, String timeField, String measure, String... dimensionPairs) {
        String month = text(fields, timeField).substring(0, 7);
        counts.computeIfAbsent(month, m -> new TreeMap<>()).computeIfAbsent(measure, m -> new HashMap<>())
                .merge(dimensions(dimensionPairs), 1L, Long::sum);
    }

    private static Map<String, String> dimensions(String... pairs) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            dimensions.put(pairs[i], pairs[i + 1]);
        }
        return dimensions;
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
        return "service use from the feed after " + after + ": " + Arrays.toString(counts.keySet().toArray());
    }
}
