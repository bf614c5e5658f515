package fi.register.command.retention;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

interface OpenBookingRepository extends JpaRepository<OpenBooking, UUID> {

    Optional<OpenBooking> findFirstByCustomerIdOrderByStartsAtDesc(UUID customerId);

    @Modifying
    @Transactional
    @Query("delete from OpenBooking b where b.customerId = :customerId")
    void deleteByCustomer(@Param("customerId") UUID customerId);
}
