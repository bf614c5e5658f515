package fi.register.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    private final InMemoryKeyStore keys = new InMemoryKeyStore();
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys);
    private final UUID subject = UUID.randomUUID();

    @Test
    void readsBackWhatItEncryptedAsACompactTextToken() {
        String token = cipher.encryptString(subject, "email", "maija.meikalainen@example.fi");

        assertThat(token).startsWith("v1:").doesNotContain("maija").matches("v1:[A-Za-z0-9_-]+");
        assertThat(cipher.decryptString(subject, "email", token)).contains("maija.meikalainen@example.fi");
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        assertThat(cipher.encryptString(subject, "email", "same"))
                .isNotEqualTo(cipher.encryptString(subject, "email", "same"));
    }

    @Test
    void refusesATamperedTokenWithoutQuotingAnyData() {
        String token = cipher.encryptString(subject, "lastName", "Virtanen");
        byte[] sealed = Base64.getUrlDecoder().decode(token.substring(3));
        sealed[sealed.length - 20] ^= 1;
        String tampered = "v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.decrypt(subject, "lastName", tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("Virtanen")
                .hasMessageNotContaining(tampered);
    }

    @Test
    void aTokenIsBoundToItsSubjectAndField() {
        UUID other = UUID.randomUUID();
        keys.keyFor(other);
        String token = cipher.encryptString(subject, "firstName", "Maija");

        assertThatThrownBy(() -> cipher.decrypt(subject, "lastName", token)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(other, "firstName", token)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsNothingOnceTheSubjectsKeyIsDestroyed() {
        String token = cipher.encrypt(subject, "phone", "+358401234567".getBytes(StandardCharsets.UTF_8));

        keys.destroy(subject);

        assertThat(cipher.decrypt(subject, "phone", token)).isEmpty();
        assertThatThrownBy(() -> cipher.encryptString(subject, "phone", "new"))
                .isInstanceOf(SubjectErasedException.class);
    }

    @Test
    void refusesClearTextAsAToken_WithoutQuotingIt() {
        assertThatThrownBy(() -> cipher.decrypt(subject, "email", "Maija"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Maija");
    }

    @Test
    void encryptsAndDecryptsEmptyValues() {
        String token = cipher.encryptString(subject, "phone", "");

        assertThat(cipher.decryptString(subject, "phone", token)).contains("");
    }
}
