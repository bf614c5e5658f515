package fi.register.query.keys;

import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataCipher;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.customer.PostalAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one seal every view keeps its personal values under. */
class ViewSealTest {

    private static final String CONTEXT = "test-view/address/1";

    @TempDir
    Path keyDir;

    private PersonalDataProtection protection;
    private ViewSeal seal;
    private final UUID subject = UUID.randomUUID();

    @BeforeEach
    void open() {
        protection = PersonalDataProtection.open(keyDir.resolve("keys"),
                MasterKey.generateInto(keyDir.resolve("keys/master.key")), Duration.ofMinutes(10));
        seal = new ViewSeal(protection.cipher());
    }

    @Test
    void aSealedValueOpensAsItWasAndHoldsNothingInClear() {
        PostalAddress address = new PostalAddress("Sinettikuja-Vrokkel 3", "00700", "Helsinki", "FI");

        String sealed = seal.seal(subject, CONTEXT, address);

        assertThat(sealed).doesNotContain("Vrokkel", "Helsinki");
        assertThat(seal.open(subject, CONTEXT, sealed, PostalAddress.class)).contains(address);
    }

    @Test
    void datesAreSealedAsTextSoTheFormatDoesNotDependOnTheWebLayer() {
        String sealed = seal.seal(subject, CONTEXT, new Dated(LocalDate.of(1931, 7, 29)));

        byte[] json = protection.cipher().decrypt(subject, CONTEXT, sealed).orElseThrow();
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"1931-07-29\"");
        assertThat(seal.open(subject, CONTEXT, sealed, Dated.class)).contains(new Dated(LocalDate.of(1931, 7, 29)));
    }

    @Test
    void aValueOpensOnlyInItsOwnPlaceAndForItsOwnSubject() {
        String sealed = seal.seal(subject, CONTEXT, "arvo");

        assertThatThrownBy(() -> seal.open(subject, "test-view/address/2", sealed, String.class))
                .isInstanceOf(IllegalStateException.class);
        UUID other = UUID.randomUUID();
        seal.seal(other, CONTEXT, "toinen"); // the other subject has a key of their own
        assertThatThrownBy(() -> seal.open(other, CONTEXT, sealed, String.class))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingSealedStaysNothingAndADestroyedKeyOpensNothing() {
        assertThat(seal.seal(subject, CONTEXT, null)).isNull();
        assertThat(seal.sealText(subject, CONTEXT, null)).isNull();
        assertThat(seal.open(subject, CONTEXT, null, String.class)).isEmpty();
        assertThat(seal.openText(subject, CONTEXT, null)).isEmpty();
        String sealed = seal.seal(subject, CONTEXT, "arvo");
        String text = seal.sealText(subject, CONTEXT, "arvo");

        protection.keyStore().destroy(subject);

        assertThat(seal.open(subject, CONTEXT, sealed, String.class)).isEmpty();
        assertThat(seal.openText(subject, CONTEXT, text)).isEmpty();
    }

    @Test
    void aTextIsSealedAsItsOwnBytesAsTheRegisterViewAlwaysStoredEvidence() {
        PersonalDataCipher cipher = protection.cipher();
        String storedBefore = cipher.encryptString(subject, CONTEXT, "paper form in folder 7");

        assertThat(seal.openText(subject, CONTEXT, storedBefore)).contains("paper form in folder 7");
        assertThat(cipher.decryptString(subject, CONTEXT, seal.sealText(subject, CONTEXT, "lomake 8")))
                .contains("lomake 8");
    }

    record Dated(LocalDate date) {
    }
}
