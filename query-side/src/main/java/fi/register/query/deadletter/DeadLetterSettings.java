package fi.register.query.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * @param processingGroups the projections whose failed events are dead-lettered (query-side.yml lists every view's
 *                         group; QuerySideWiringTest checks none is missing). The read audit is not among them: a
 *                         read it cannot index stops its processor and is retried until it is written
 *                         (ReadAuditErrors), so the trail heals itself without a DPO.
 */
@ConfigurationProperties("register.dead-letters")
record DeadLetterSettings(List<String> processingGroups) {

    DeadLetterSettings {
        processingGroups = processingGroups == null ? List.of() : List.copyOf(processingGroups);
    }
}
