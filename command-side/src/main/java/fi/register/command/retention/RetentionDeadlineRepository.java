package fi.register.command.retention;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface RetentionDeadlineRepository extends JpaRepository<RetentionDeadline, UUID> {

    List<RetentionDeadline> findByEraseAfterLessThanEqualOrderByEraseAfterAscCustomerIdAsc(Instant now, Limit limit);

    List<RetentionDeadline> findByEraseAfterBeforeOrServiceDeadlineBeforeOrderByEraseAfterAscCustomerIdAsc(
            Instant before, Instant serviceBefore);

    List<RetentionDeadline> findByPeriodNotOrServiceDeadlineIsNull(String period);
}
