package fi.register.query.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data protection officer's compliance check (docs/requirements.md). A POST because it is an expensive run over the whole
 * history, not a cached resource; it changes nothing, so it may be repeated at will. Not recorded in the read audit:
 * the report holds no personal data.
 */
@RestController
@Tag(name = "Compliance replay", description = "Re-check the register's promises over the whole history (data protection officer)")
class ComplianceController {

    private final ComplianceReplay replay;

    ComplianceController(ComplianceReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/api/compliance/replay")
    @Operation(summary = "Replays every event from the beginning and reports health data without consent in force, data "
            + "kept past retention, erasures before retention was due, disclosures without a basis, personal identity codes "
            + "in readable fields, and (with register.compliance.checkpoint-file) a history that no longer verifies "
            + "against a saved checkpoint. Read-only; ids, times and legal bases only.")
    ComplianceReport replay() {
        return replay.replay();
    }
}
