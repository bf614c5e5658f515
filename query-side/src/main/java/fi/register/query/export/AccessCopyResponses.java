package fi.register.query.export;

import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.audit.ReadOfPersonalData;
import fi.register.query.audit.SubjectReads;
import fi.register.query.recipients.RecipientNotifications;
import fi.register.query.registerview.RegisterView;
import fi.register.query.registerview.RegisterViewReader;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The human-readable access copy as the API and the console hand it out: gathered, written out in the customer's
 * language, recorded in the read audit as {@code ACCESS_EXPORT} (its purpose: answering an access request), and
 * marked for no cache to keep. An unknown or erased subject is refused by the register view (404, 410) before
 * anything is read.
 */
@Component
class AccessCopyResponses {

    private final RegisterViewReader registerView;
    private final SubjectReads readLog;
    private final PersonalDataReads reads;
    private final AccessCopies copies;
    private final AccessCopyDocument document;
    private final RecipientNotifications notifications;
    private final Clock clock;

    AccessCopyResponses(RegisterViewReader registerView, SubjectReads readLog, PersonalDataReads reads,
                        AccessCopies copies, AccessCopyDocument document, RecipientNotifications notifications,
                        Clock clock) {
        this.registerView = registerView;
        this.readLog = readLog;
        this.reads = reads;
        this.copies = copies;
        this.document = document;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The access copy as a web page, for the console and a browser. */
    ResponseEntity<String> html(UUID customerId, String lang, Authentication reader) {
        Written copy = write(customerId, lang, reader);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(copy.html());
    }

    /** The access copy as a PDF to hand or send to the customer; its file name holds nothing about them. */
    ResponseEntity<byte[]> pdf(UUID customerId, String lang, Authentication reader) {
        Written copy = write(customerId, lang, reader);
        byte[] pdf = document.pdf(copy.html());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("access-copy-" + copy.language().getLanguage() + ".pdf").build().toString())
                .body(pdf);
    }

    /** Gathered and written out, then recorded as read: a copy that cannot be recorded is not handed out. */
    private Written write(UUID customerId, String lang, Authentication reader) {
        RegisterView view = registerView.read(customerId);
        Instant madeAt = clock.instant();
        List<ReadOfPersonalData> consultations = readLog.of(customerId);
        AccessCopy copy = copies.of(view, consultations, notifications.toldOf(customerId), madeAt);
        Locale language = document.languageOf(copy, lang);
        String html = document.html(copy, language);
        reads.record(customerId, reader.getName(), PersonalDataRead.ACCESS_EXPORT);
        return new Written(html, language);
    }

    private record Written(String html, Locale language) {
    }
}
