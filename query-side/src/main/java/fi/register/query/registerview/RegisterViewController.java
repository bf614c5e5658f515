package fi.register.query.registerview;

import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The whole register view of one customer; under the same tag as the e-mail search, as the API always showed it. */
@RestController
@Tag(name = "Customer register view", description = "Read a customer's register entry, consents and services (staff, DPO)")
class RegisterViewController {

    private final RegisterViewReader registerView;
    private final PersonalDataReads reads;

    RegisterViewController(RegisterViewReader registerView, PersonalDataReads reads) {
        this.registerView = registerView;
        this.reads = reads;
    }

    @GetMapping("/api/customers/{customerId}")
    @Operation(summary = "The register entry with the consents in force and the history of consent changes, the "
            + "interviews, bookings, service events, orders, disclosures, program recommendations and feedback; "
            + "404 for an unknown id, 410 once erased. The read is recorded in the audit trail.")
    RegisterView view(@PathVariable UUID customerId, Authentication reader) {
        RegisterView view = registerView.read(customerId);
        reads.record(customerId, reader.getName(), PersonalDataRead.REGISTER_VIEW);
        return view;
    }
}
