package fi.register.query.customer;

import fi.register.crypto.PersonalDataProtection;
import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Finding register entries by e-mail, for the people who serve customers and the one who answers for their data. */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customer register view", description = "Read a customer's register entry, consents and services (staff, DPO)")
class CustomerQueryController {

    private final QueryGateway queryGateway;
    private final PersonalDataProtection protection;
    private final PersonalDataReads reads;

    CustomerQueryController(QueryGateway queryGateway, PersonalDataProtection protection, PersonalDataReads reads) {
        this.queryGateway = queryGateway;
        this.protection = protection;
        this.reads = reads;
    }

    @GetMapping(params = "email")
    @Operation(summary = "Find register entries by e-mail address (matched by its keyed blind index, case-insensitive); "
            + "an empty list when none. Each hit is recorded in the audit trail.")
    List<CustomerResponse> findByEmail(@RequestParam @NotBlank @Email @Size(max = 254) String email, Authentication reader) {
        // the address becomes its blind index here, so no message, log or projection ever holds it in clear
        FetchCustomerByEmailQuery query = new FetchCustomerByEmailQuery(protection.blindIndex().of(email));
        List<CustomerResponse> hits = queryGateway.query(query, ResponseTypes.multipleInstancesOf(CustomerResponse.class)).join();
        hits.forEach(hit -> reads.record(hit.customerId(), reader.getName(), PersonalDataRead.EMAIL_SEARCH_HIT));
        return hits;
    }
}
