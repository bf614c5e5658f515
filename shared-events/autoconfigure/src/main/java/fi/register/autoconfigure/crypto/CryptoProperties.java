package fi.register.autoconfigure.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/** Where the master key and the data keys come from, the same for both sides; see docs/architecture.md. */
@ConfigurationProperties("register.crypto")
public record CryptoProperties(String masterKey, Path masterKeyFile, boolean generateMasterKey,
                               Path keyDir, Duration keyCacheTtl) {
}
