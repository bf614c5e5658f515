package fi.register.autoconfigure.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrongPasswordHashesTest {

    private static UsersProperties oneUser(String password) {
        return new UsersProperties(List.of(new UsersProperties.User("staff", password, List.of(Role.STAFF))), null, null);
    }

    private static MockEnvironment profiles(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{noop}a long secret", "{sha256}0a1b2c", "{MD5}{salt}abc", "{SHA-1}abc", "a long secret", ""})
    void rejects_WhenAPasswordIsNotAStrongHash_OutsideTheEmbeddedDefault(String password) {
        assertThatThrownBy(() -> StrongPasswordHashes.requireOutsideEmbedded(oneUser(password), profiles("postgres")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'staff'")
                .hasMessageNotContaining(password.isEmpty() ? "\u0000" : password);
    }

    @Test
    void rejects_WhenBcryptIsCheaperThanCost10() {
        String cost9 = "{bcrypt}" + new BCryptPasswordEncoder(9).encode("a long secret");
        String cost4 = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("a long secret");
        assertThat(StrongPasswordHashes.isStrong(cost9)).isFalse();
        assertThat(StrongPasswordHashes.isStrong(cost4)).isFalse();
        assertThatThrownBy(() -> StrongPasswordHashes.requireOutsideEmbedded(oneUser(cost9), profiles("axonserver")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void accepts_BcryptOfCost10OrMore_AndSpringSecuritysDefaultEncoding() {
        assertThat(StrongPasswordHashes.isStrong("{bcrypt}" + new BCryptPasswordEncoder(10).encode("x"))).isTrue();
        assertThat(StrongPasswordHashes.isStrong("{bcrypt}" + new BCryptPasswordEncoder(12).encode("x"))).isTrue();
        String byDefault = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("a long secret");
        assertThatCode(() -> StrongPasswordHashes.requireOutsideEmbedded(oneUser(byDefault), profiles("postgres")))
                .doesNotThrowAnyException();
    }

    @Test
    void keeps_TheEmbeddedDefaultsDemoPasswords() {
        assertThatCode(() -> StrongPasswordHashes.requireOutsideEmbedded(oneUser("{noop}staff"), profiles("embedded")))
                .doesNotThrowAnyException();
    }
}
