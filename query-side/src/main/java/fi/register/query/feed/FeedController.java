package fi.register.query.feed;

import fi.register.autoconfigure.openapi.Refuses;
import fi.register.autoconfigure.problem.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.security.Principal;
import java.util.Set;

@RestController
@Tag(name = "Reporting feed", description = "The event store for downstream reporting (the REPORTING role): event "
        + "types, times and business codes in store order, with the subject and every personal field removed")
class FeedController {

    private final FeedReader reader;
    private final FeedTails tails;
    private final FeedKey key;
    private final FeedSettings settings;

    FeedController(FeedReader reader, FeedTails tails, FeedKey key, FeedSettings settings) {
        this.reader = reader;
        this.tails = tails;
        this.key = key;
        this.settings = settings;
    }

    @GetMapping(path = "/api/feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Events after position 'after' (default 0: from the beginning), at most 'limit' (default 100, "
            + "at most 1000), oldest first. Ask again with after = 'next' for the following page.")
    @Refuses({Refusal.INVALID_FIELD, Refusal.UNKNOWN_PARAMETER})
    FeedPage page(@RequestParam(required = false) String after, @RequestParam(required = false) String limit,
                  @RequestParam MultiValueMap<String, String> parameters, Principal consumer) {
        FeedParameters.onlyThese(parameters, Set.of("after", "limit"));
        long from = after == null ? 0 : FeedParameters.position("after", after);
        int size = FeedParameters.limit(limit, settings.defaultLimit(), settings.maxLimit());
        return reader.page(from, size, key.pseudonyms().forConsumer(consumer.getName()));
    }

    @GetMapping(path = "/api/feed/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The feed as Server-Sent Events: each item an event whose id is its position, from "
            + "'after' (default: the store's head now) or, on a reconnect, from Last-Event-ID; comments as heartbeats.")
    @Refuses({Refusal.INVALID_FIELD, Refusal.UNKNOWN_PARAMETER})
    SseEmitter live(@RequestParam(required = false) String after,
                    @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                    @RequestParam MultiValueMap<String, String> parameters, Principal consumer) {
        FeedParameters.onlyThese(parameters, Set.of("after"));
        long from;
        if (lastEventId != null) {
            from = FeedParameters.position("Last-Event-ID", lastEventId);
        } else if (after != null) {
            from = FeedParameters.position("after", after);
        } else {
            from = reader.head();
        }
        return tails.open(from, key.pseudonyms().forConsumer(consumer.getName()));
    }
}
