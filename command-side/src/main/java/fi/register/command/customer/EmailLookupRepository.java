package fi.register.command.customer;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

interface EmailLookupRepository extends JpaRepository<EmailLookupEntry, String> {

    @Modifying
    @Query("delete from EmailLookupEntry e where e.customerId = :customerId")
    void deleteByCustomerId(UUID customerId);
}
