package fi.register.guard;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalIdentityCodeScreenTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusesCodeInPathQueryOrBody() {
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/customers/131052-308T", null, null)).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/customers", "email=131052%2D308T", null)).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/customers", null, json("{\"a\":\"x 131052-308T\"}"))).isTrue();
    }

    @Test
    void refusesCodeHiddenBehindJsonEscapesOrInAPropertyName() {
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null,
                json("{\"a\":\"\\u0031\\u0033\\u0031\\u0030\\u0035\\u0032-308T\"}"))).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, json("{\"131052-308T\":1}"))).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, json("[{\"a\":[\"131052A308T\"]}]"))).isTrue();
    }

    @Test
    void acceptsOrdinaryRequests() {
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/customers/0f6b2a8e-1c33-4d0e-9a55-3c1e2b7d9f10",
                "email=maija%40example.fi", json("{\"startsAt\":\"2026-12-01T10:00:00+02:00\",\"businessId\":\"2096006-8\"}")))
                .isFalse();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, json("{not json"))).isFalse();
    }
}
