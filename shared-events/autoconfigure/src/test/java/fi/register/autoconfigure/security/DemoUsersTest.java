package fi.register.autoconfigure.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoUsersTest {

    private static final UsersProperties DEMO = new UsersProperties(List.of(
            new UsersProperties.User("staff", "{noop}staff", List.of(Role.STAFF))), null, null);
    private static final UsersProperties REAL = new UsersProperties(List.of(
            new UsersProperties.User("staff", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("a long secret"),
                    List.of(Role.STAFF))), null, null);

    private static MockEnvironment withProfiles(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void allowsDemoUsersInTheEmbeddedDefault() {
        assertThatCode(() -> DemoUsers.refuseOutsideEmbedded(DEMO, withProfiles("embedded"))).doesNotThrowAnyException();
        MockEnvironment byDefault = new MockEnvironment();
        byDefault.setDefaultProfiles("embedded");
        assertThatCode(() -> DemoUsers.refuseOutsideEmbedded(DEMO, byDefault)).doesNotThrowAnyException();
    }

    @Test
    void refusesToStartWithDemoUsersInAnyOtherProfile() {
        for (String[] profiles : List.of(new String[]{"postgres"}, new String[]{"axonserver"}, new String[]{"embedded", "postgres"})) {
            assertThatThrownBy(() -> DemoUsers.refuseOutsideEmbedded(DEMO, withProfiles(profiles)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Demo users");
        }
    }

    @Test
    void startsWithRealPasswordsInProduction() {
        assertThatCode(() -> DemoUsers.refuseOutsideEmbedded(REAL, withProfiles("postgres"))).doesNotThrowAnyException();
    }
}
