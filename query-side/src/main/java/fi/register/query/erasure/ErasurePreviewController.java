package fi.register.query.erasure;

import fi.register.autoconfigure.console.ClinicTime;
import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.registerview.RegisterView;
import fi.register.query.registerview.RegisterViewReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

/**
 * The erasure's preview for the API, the console's confirmation as JSON: which configured exceptions apply to the
 * customer ({@link ErasureExceptionSettings}) and the orders still under their accounting retention. It reads the
 * register view, so it is recorded as that read.
 */
@RestController
@Tag(name = "Erasure", description = "What an erasure on request would meet (data protection officer)")
class ErasurePreviewController {

    private final RegisterViewReader registerView;
    private final PersonalDataReads reads;
    private final ErasureExceptionSettings exceptions;
    private final ClinicTime clinicTime;
    private final Clock clock;

    ErasurePreviewController(RegisterViewReader registerView, PersonalDataReads reads,
                             ErasureExceptionSettings exceptions, ClinicTime clinicTime, Clock clock) {
        this.registerView = registerView;
        this.reads = reads;
        this.exceptions = exceptions;
        this.clinicTime = clinicTime;
        this.clock = clock;
    }

    @GetMapping("/api/customers/{customerId}/erasure")
    @Operation(summary = "Before erasing (POST on the command side): the exceptions of register.erasure.exceptions that "
            + "apply (GDPR Art. 17(3)), e.g. each order still under the accounting retention (Kirjanpitolaki 2:10, six "
            + "years after the end of its year) and until when, and the order fields that stay readable after the "
            + "erasure. 404 unknown, 410 erased. Recorded as a read of the register view.")
    ErasurePreview preview(@PathVariable UUID customerId, Authentication reader) {
        RegisterView view = registerView.read(customerId);
        reads.record(customerId, reader.getName(), PersonalDataRead.REGISTER_VIEW);
        return ErasurePreview.of(view, exceptions, clock, clinicTime.zone());
    }
}
