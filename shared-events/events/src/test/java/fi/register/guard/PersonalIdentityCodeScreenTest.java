package fi.register.guard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalIdentityCodeScreenTest {

    @Test
    void refusesCodeInPathQueryOrBody() {
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/customers/131052-308T", null, null)).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/customers", "email=131052-308T", null)).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/customers", null, "{\"a\":\"x 131052-308T\"}")).isTrue();
    }

    @Test
    void refusesCodeHiddenBehindJsonEscapesOrInAPropertyName() {
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null,
                "{\"a\":\"\\u0031\\u0033\\u0031\\u0030\\u0035\\u0032-308T\"}")).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "{\"131052-308T\":1}")).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "[{\"a\":[\"131052A308T\"]}]")).isTrue();
    }

    @Test
    void refusesCodeAsAJsonNumber_OrAfterTheJson_OrInABodyThatIsNoJson() {
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "{\"a\":1506651238}")).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "{\"a\":1} 131052-308T")).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "a=131052-308T&b=1")).isTrue();
    }

    @Test
    void readsTenDigitsInAPhoneNumberAsThePhoneNumber_ButNowhereElse() {
        // 0405011003: a mobile number, and also 040501-100 with its check digit 3
        assertThat(PersonalIdentityCodeDetector.containsPersonalIdentityCode("0405011003")).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "{\"phone\":\"0405011003\"}")).isFalse();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "{\"note\":\"0405011003\"}")).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "{\"phone\":\"040501-1003\"}")).isTrue();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "{\"phone\":\"131052308T\"}")).isTrue();
    }

    @Test
    void acceptsOrdinaryRequests() {
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/customers/0f6b2a8e-1c33-4d0e-9a55-3c1e2b7d9f10",
                "email=maija@example.fi", "{\"startsAt\":\"2026-12-01T10:00:00+02:00\",\"businessId\":\"2096006-8\"}"))
                .isFalse();
        assertThat(PersonalIdentityCodeScreen.inRequest("/api/x", null, "{not json")).isFalse();
    }
}
