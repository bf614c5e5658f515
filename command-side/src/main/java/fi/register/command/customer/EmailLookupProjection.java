package fi.register.command.customer;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.command.problem.CommandRefusedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.erasure.SubjectErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The command side's lookup table for the unique e-mail rule. Runs in a subscribing processor,
 * so the row is written in the same transaction as the event and a second registration with the
 * same address fails on the table's primary key even when two arrive at once.
 */
@Component
@ProcessingGroup(EmailLookupProjection.PROCESSING_GROUP)
class EmailLookupProjection implements EmailRegistry {

    static final String PROCESSING_GROUP = "email-lookup";

    private final EmailLookupRepository repository;
    private final PersonalDataProtection protection;

    EmailLookupProjection(EmailLookupRepository repository, PersonalDataProtection protection) {
        this.repository = repository;
        this.protection = protection;
    }

    @Override
    public boolean isTakenByAnother(String email, UUID customerId) {
        if (email == null) {
            return false; // no address, nothing anyone else could hold
        }
        return repository.findById(indexOf(email))
                .map(entry -> !entry.customerId().equals(customerId))
                .orElse(false);
    }

    /** A customer registered without an e-mail address (by phone) claims nothing. */
    @EventHandler
    void on(CustomerRegisteredEvent event) {
        if (event.email() != null) {
            claim(indexOf(event.email()), event.customerId());
        }
    }

    /** A rectified address moves the claim; a removed one (named with no value) only gives the old one up. */
    @EventHandler
    void on(CustomerRectifiedEvent event) {
        if (event.rectifiedFields().contains(CustomerField.EMAIL)) {
            repository.deleteByCustomerId(event.customerId());
            repository.flush();
            if (event.email() != null) {
                claim(indexOf(event.email()), event.customerId());
            }
        }
    }

    /**
     * Inserts the row now, inside the command's transaction: of two commands claiming one address at once, the
     * second fails here on the primary key (after the first commits) and is refused as taken, its event never stored.
     * The database's message names the key, so only the refusal leaves this method.
     */
    private void claim(String emailIndex, UUID customerId) {
        try {
            repository.saveAndFlush(new EmailLookupEntry(emailIndex, customerId));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException taken) {
            throw new CommandRefusedException(Refusal.EMAIL_TAKEN, CustomerDetailsRules.EMAIL_TAKEN_DETAIL);
        }
    }

    @EventHandler
    @DisallowReplay
    void on(SubjectErasedEvent event) {
        repository.deleteByCustomerId(event.customerId());
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }

    private String indexOf(String email) {
        return protection.blindIndex().of(email);
    }
}
