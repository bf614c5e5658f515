package fi.register.command.erasure;

import fi.register.crypto.PersonalDataProtection;
import fi.register.events.erasure.SubjectErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Erasure itself: destroys the subject's data key, which turns every personal field of every stored
 * event and snapshot into unreadable bytes. Subscribing, so it runs in the unit of work's transaction, the one
 * that appends the SubjectErasedEvent: with the key store in the event store's database (the default), the key
 * row's delete and its tombstone commit with the event or not at all, and a crash at any point leaves the subject
 * either intact (send the erasure again) or erased. With the file store (Axon Server), the key is destroyed at
 * once; should the transaction then fail, the key is still gone and the erasure can simply be sent again (failing
 * towards privacy, never towards keeping data).
 */
@Component
@ProcessingGroup(DataKeyShredder.PROCESSING_GROUP)
class DataKeyShredder {

    static final String PROCESSING_GROUP = "key-shredder";

    private final PersonalDataProtection protection;

    DataKeyShredder(PersonalDataProtection protection) {
        this.protection = protection;
    }

    @EventHandler
    @DisallowReplay
    void on(SubjectErasedEvent event) {
        protection.keyStore().destroy(event.customerId());
    }
}
