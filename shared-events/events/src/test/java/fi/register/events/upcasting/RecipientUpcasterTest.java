package fi.register.events.upcasting;

import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import fi.register.events.personal.PersonalData;
import fi.register.rules.NamedParty;
import fi.register.rules.PartyNames;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored at revision 1 held the recipient in clear. Read today, a named party's name becomes its code, and
 * anyone else's text becomes the personal recipient: readable while the subject's key lives, erased once it is gone.
 */
class RecipientUpcasterTest {

    private static final PartyNames PARTIES = new PartyNames() {
        @Override
        public String nameOf(NamedParty party) {
            return party == NamedParty.FIRSTBEAT ? "Firstbeat Technologies Oy" : party.name() + " Oy";
        }

        @Override
        public Optional<NamedParty> partyNamed(String recipient) {
            return Arrays.stream(NamedParty.values()).filter(party -> NamedParty.sameParty(nameOf(party), recipient))
                    .findFirst();
        }

        @Override
        public Set<String> servicesOf(NamedParty party) {
            return Set.of();
        }
    };

    @TempDir
    Path keyDir;

    private final UUID customerId = UUID.randomUUID();

    @Test
    void emits_TheNamedPartysCode_WhenAnOldConsentNamedAConfiguredParty() {
        PersonalDataProtection protection = protection();
        protection.keyStore().keyFor(customerId);

        ConsentGivenEvent read = readConsent(protection, "firstbeat  technologies OY");

        assertThat(read.namedParty()).isEqualTo("FIRSTBEAT");
        assertThat(read.recipient()).isNull();
        assertThat(read.evidenceReference()).isEqualTo("folder 3");
    }

    @Test
    void keeps_AnOldFreeTextRecipientReadable_WhileTheSubjectsKeyLives() {
        PersonalDataProtection protection = protection();
        protection.keyStore().keyFor(customerId);

        ConsentGivenEvent consent = readConsent(protection, "a sister, with her street address");
        PersonalDataDisclosedEvent disclosure = readDisclosure(protection, "a sister, with her street address");

        assertThat(consent.namedParty()).isNull();
        assertThat(consent.recipient()).isEqualTo("a sister, with her street address");
        assertThat(disclosure.namedParty()).isNull();
        assertThat(disclosure.recipient()).isEqualTo("a sister, with her street address");
    }

    @Test
    void keeps_AnOldFreeTextRecipientUnreadable_WhenTheSubjectWasErased() {
        PersonalDataProtection protection = protection();
        protection.keyStore().keyFor(customerId);
        String consent = consentJson(protection, "a sister, with her street address");
        protection.keyStore().destroy(customerId);

        assertThat(read(protection, ConsentGivenEvent.class, consent).recipient()).isEqualTo(PersonalData.ERASED);
        assertThat(readDisclosure(protection, "a sister, with her street address").recipient())
                .isEqualTo(PersonalData.ERASED);
        assertThat(readDisclosure(protection, "Firstbeat Technologies Oy").namedParty())
                .as("a named party stays readable after erasure").isEqualTo("FIRSTBEAT");
    }

    private PersonalDataProtection protection() {
        return PersonalDataProtection.open(keyDir, MasterKey.generate(), Duration.ofMinutes(1));
    }

    private ConsentGivenEvent readConsent(PersonalDataProtection protection, String recipient) {
        return read(protection, ConsentGivenEvent.class, consentJson(protection, recipient));
    }

    private String consentJson(PersonalDataProtection protection, String recipient) {
        // exactly as revision 1 stored it: evidence sealed, recipient in clear
        String evidence = protection.cipher().encryptString(customerId, "evidenceReference", "\"folder 3\"");
        String json = "{\"customerId\":\"" + customerId + "\",\"consentId\":\"" + UUID.randomUUID()
                + "\",\"purpose\":\"DISCLOSURE\",\"channel\":null,\"recipient\":\"" + recipient
                + "\",\"evidenceMethod\":\"WRITTEN\",\"evidenceReference\":\"" + evidence
                + "\",\"noticeVersion\":\"2025-1\",\"givenAt\":\"2026-01-02T10:00:00Z\"}";
        return json;
    }

    private PersonalDataDisclosedEvent readDisclosure(PersonalDataProtection protection, String recipient) {
        String json = "{\"customerId\":\"" + customerId + "\",\"disclosureId\":\"" + UUID.randomUUID()
                + "\",\"recipient\":\"" + recipient + "\",\"fields\":[\"NAME\"],\"orderId\":null,"
                + "\"disclosedAt\":\"2026-01-02T10:00:00Z\"}";
        return read(protection, PersonalDataDisclosedEvent.class, json);
    }

    private <T> T read(PersonalDataProtection protection, Class<T> type, String revision1Json) {
        Serializer serializer = protection.serializer();
        RecipientUpcaster upcaster = new RecipientUpcaster(PARTIES,
                subject -> protection.keyStore().find(subject).isPresent());
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>("Customer", customerId.toString(), 3,
                UUID.randomUUID().toString(), "2026-01-02T10:00:00Z", type.getName(), "1",
                revision1Json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        return type.cast(serializer.deserialize(upcast.getData()));
    }
}
