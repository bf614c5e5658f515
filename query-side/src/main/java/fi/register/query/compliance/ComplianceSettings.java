package fi.register.query.compliance;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * @param retentionGrace how long after its retention deadline an erasure still counts as on time: the command side's
 *                       enforcer erases on its next round (every {@code register.retention.check-interval}), and a
 *                       stopped register catches up when it starts again
 * @param checkpointFile a checkpoint the history must still verify against (one the DPO or an auditor saved from
 *                       {@code GET /api/checkpoints/latest}); none by default, and then the Merkle log is not checked
 */
@ConfigurationProperties("register.compliance")
record ComplianceSettings(Duration retentionGrace, Path checkpointFile) {

    ComplianceSettings {
        retentionGrace = retentionGrace != null ? retentionGrace : Duration.ofDays(1);
        if (retentionGrace.isNegative()) {
            throw new IllegalArgumentException("register.compliance.retention-grace must not be negative");
        }
    }
}
