package fi.register.query.evidence;

import fi.register.autoconfigure.openapi.Refuses;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.evidence.Checkpoint;
import fi.register.query.problem.QueryRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The data protection officer's evidence that the history is not rewritten (docs/architecture.md, "Tamper-evident
 * history"): the latest signed checkpoint, which an auditor saves and later checks with {@code register.jar verify},
 * and the RFC 9162 proofs. Hashes, sizes and global indexes only: no personal data.
 */
@RestController
@Tag(name = "Checkpoints", description = "Signed Merkle tree checkpoints of the event history (data protection officer)")
class CheckpointController {

    private static final HexFormat HEX = HexFormat.of();

    private final EvidenceConfiguration.CheckpointLogs logs;

    CheckpointController(EvidenceConfiguration.CheckpointLogs logs) {
        this.logs = logs;
    }

    @GetMapping("/api/checkpoints/latest")
    @Operation(summary = "The Ed25519-signed checkpoint (tree size, root hash, time, key fingerprint) over the whole "
            + "settled history, with each covered event's global index and leaf hash. Save it; "
            + "`java -jar register.jar verify --checkpoint <file>` later proves the history still holds exactly it.")
    Checkpoint latest() {
        return log().latest();
    }

    @GetMapping("/api/checkpoints/proof")
    @Refuses(Refusal.INVALID_FIELD)
    @Operation(summary = "The RFC 9162 inclusion proof (audit path) of the event at a global index in the tree of a "
            + "given size; hashes in hex.")
    Map<String, Object> inclusionProof(@RequestParam("event") long globalIndex, @RequestParam("size") int size) {
        CheckpointLog.InclusionProof proof = log().inclusionProof(globalIndex, size).orElseThrow(() ->
                new QueryRefusedException(Refusal.INVALID_FIELD, "No event at that global index in a tree of that size."));
        return Map.of("globalIndex", proof.globalIndex(), "leafIndex", proof.leafIndex(), "treeSize", proof.treeSize(),
                "leafHash", HEX.formatHex(proof.leafHash()), "rootHash", HEX.formatHex(proof.rootHash()),
                "auditPath", hex(proof.auditPath()));
    }

    @GetMapping("/api/checkpoints/consistency")
    @Refuses(Refusal.INVALID_FIELD)
    @Operation(summary = "The RFC 9162 consistency proof that the tree of size `to` extends the tree of size `from`; "
            + "hashes in hex.")
    Map<String, Object> consistencyProof(@RequestParam("from") int from, @RequestParam("to") int to) {
        CheckpointLog.ConsistencyProof proof = log().consistencyProof(from, to).orElseThrow(() ->
                new QueryRefusedException(Refusal.INVALID_FIELD, "'from' must be at most 'to', and 'to' at most the tree size."));
        return Map.of("from", proof.first(), "to", proof.second(), "fromRootHash", HEX.formatHex(proof.firstRootHash()),
                "toRootHash", HEX.formatHex(proof.secondRootHash()), "proof", hex(proof.proof()));
    }

    private CheckpointLog log() {
        return logs.log().orElseThrow(() -> new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Checkpoints are not available: "
                        + logs.unavailableBecause() + "."), null));
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
