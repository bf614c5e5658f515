package fi.register.query.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A plain Server-Sent Events client of the live tail, as a downstream system would hold one: it parses events
 * (their {@code id} and {@code data}) off the stream and hands them over one by one; comments (heartbeats) are skipped.
 */
final class FeedTailClient implements AutoCloseable {

    record Received(String id, String data) {
    }

    private static final int PATIENCE_SECONDS = 30;

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private Stream<String> lines;
    private Thread reading;

    private FeedTailClient() {
    }

    /** Connected once the response's headers arrived: from then on the tail knows where it starts. */
    static FeedTailClient connect(int port, String user, String lastEventId, String after) {
        FeedTailClient tail = new FeedTailClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/feed/live"
                        + (after == null ? "" : "?after=" + after)))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<Stream<String>> response = tail.client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The live tail answered " + response.statusCode());
            }
            tail.lines = response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        tail.reading = new Thread(tail::parse, "feed-tail-client");
        tail.reading.setDaemon(true);
        tail.reading.start();
        return tail;
    }

    /** The next event, waiting for it at most half a minute. */
    Received next() throws InterruptedException {
        Received next = received.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("No event arrived on the live tail within " + PATIENCE_SECONDS + " s");
        }
        return next;
    }

    private void parse() {
        String[] id = {null};
        StringBuilder data = new StringBuilder();
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    received.add(new Received(id[0], data.toString()));
                }
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id[0] = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        });
    }

    @Override
    public void close() {
        lines.close();
        reading.interrupt();
    }
}
