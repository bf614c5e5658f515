package fi.register.command.erasure;

import fi.register.crypto.PersonalDataProtection;
import fi.register.events.erasure.SubjectErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Erasure itself: destroys the subject's data key, which turns every personal field of every stored
 * event and snapshot into unreadable bytes. Subscribing, so it happens before the erasure request is
 * answered; should the transaction then fail, the key is still gone and the erasure can simply be
 * sent again (failing towards privacy, never towards keeping data).
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
