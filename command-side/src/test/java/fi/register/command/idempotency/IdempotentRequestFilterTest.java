package fi.register.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.testsupport.MovableClock;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers the database's waiting decides, without a register around it. */
class IdempotentRequestFilterTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void answers409RequestInProgress_WhenTheDatabaseGivesUpWaitingForTheFirstRequest() throws Exception {
        IdempotencyRecords stillHeld = new IdempotencyRecords(dataSource, new MovableClock(Instant.EPOCH), Duration.ofHours(24)) {
            @Override
            void claim(String keyHash, String requestHash) {
                throw new CannotAcquireLockException("lock timeout");
            }
        };
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(stillHeld).doFilter(booking(), response, chain);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("urn:register:problem:request-in-progress");
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(chain.getRequest()).as("the command never ran").isNull();
        assertThat(CurrentUnitOfWork.isStarted()).as("its unit of work ended").isFalse();
    }

    @Test
    void remembersNothing_WhenTheCommandIsRefused_TheClaimRollsBackInTheRequestsTransaction() throws Exception {
        IdempotencyRecords records = new IdempotencyRecords(dataSource, new MovableClock(Instant.EPOCH), Duration.ofHours(24));
        records.createTable();
        MockHttpServletResponse response = new MockHttpServletResponse();

        new IdempotentRequestFilter(new ObjectMapper(), RequestFingerprints.derivedFrom(new byte[32]), records,
                new SpringTransactionManager(new DataSourceTransactionManager(dataSource)), request -> true)
                .doFilter(booking(), response, (request, answer) -> ((HttpServletResponse) answer).setStatus(409));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("SELECT COUNT(*) FROM " + IdempotencyRecords.TABLE, Integer.class)).isZero();
    }

    private static IdempotentRequestFilter filter(IdempotencyRecords records) {
        return new IdempotentRequestFilter(new ObjectMapper(), RequestFingerprints.derivedFrom(new byte[32]), records,
                NoTransactionManager.INSTANCE, request -> true);
    }

    private static MockHttpServletRequest booking() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/customers/1/bookings");
        request.setUserPrincipal(() -> "staff");
        request.addHeader("Idempotency-Key", "k-1");
        request.setContent("{}".getBytes());
        return request;
    }
}
