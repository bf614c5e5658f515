package fi.register.query.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The checkpoint key and how fresh a checkpoint may be (query-side.yml, {@code register.evidence}).
 *
 * @param signingKeyFile     the Ed25519 private key, base64 PKCS#8; generated on first start only in the embedded default
 * @param publicKeyFile      its public half, base64 X.509, which {@code register.jar verify} checks signatures with
 * @param generateSigningKey whether a missing key pair is generated (the embedded default) rather than refused
 * @param settleTime         events younger than this are left to the next checkpoint: a transaction that took an
 *                           earlier global index may still be committing, and a checkpoint must never cover a gap
 *                           that is filled later
 */
@ConfigurationProperties("register.evidence")
public record EvidenceSettings(Path signingKeyFile, Path publicKeyFile, boolean generateSigningKey, Duration settleTime) {

    public EvidenceSettings {
        settleTime = settleTime == null ? Duration.ofMinutes(1) : settleTime;
    }
}
