package fi.register.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The identity-code screen reads exactly what the application reads: bodies are UTF-8 or refused, whatever they
 * declare, and a code in any disguise is refused end to end, with nothing recorded (issue 10).
 */
class RequestEncodingHttpTest extends CommandSideHttpTestSupport {

    private static final String CODE = "131052-308T";

    private static String registration(String firstName) {
        return """
                {"kind":"PERSON","firstName":"%s","lastName":"Asiakas",
                 "address":{"street":"Testikatu 1","postalCode":"00100","city":"Helsinki","country":"FI"},
                 "email":"t%s@example.test","customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}
                """.formatted(firstName, UUID.randomUUID().toString().substring(0, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IBM500", "IBM1047", "IBM273", "IBM037", "ISO-8859-1", "windows-1252", "UTF-16"})
    void rejects_WhenTheBodyIsDeclaredInAnotherCharset(String charset) throws Exception {
        byte[] body = registration("Testi " + CODE).getBytes(Charset.forName(charset));
        expectRefused("staff", post("/api/customers").contentType("application/json;charset=" + charset).content(body),
                415, "unsupported-charset");
    }

    @Test
    void rejects_WhenTheBodyIsNotValidUtf8() throws Exception {
        byte[] body = registration("Testi \u00e4 " + CODE).getBytes(StandardCharsets.ISO_8859_1);
        expectRefused("staff", post("/api/customers").contentType("application/json").content(body), 400, "not-utf-8");
    }

    @Test
    void rejects_WhenAnUndeclaredBodyIsUtf16_WhichJacksonWouldDetectByItself() throws Exception {
        byte[] body = registration("Testi " + CODE).getBytes(StandardCharsets.UTF_16LE);
        expectRefused("staff", post("/api/customers").contentType("application/json").content(body), 400, "not-utf-8");
    }

    @Test
    void accepts_WhenTheBodyIsDeclaredUtf8InAnySpelling() throws Exception {
        for (String charset : new String[]{"UTF-8", "utf-8", "\"utf8\""}) {
            created("staff", post("/api/customers").contentType("application/json;charset=" + charset)
                    .content(registration("Äijä").getBytes(StandardCharsets.UTF_8)), "customerId");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Testi 131052\u200B-308T", "Testi 131\u2060052-308T", "Testi \uFEFF131052-308T", "Testi 131052\u00AD-308T",
            "Testi 131052\u00A0-308T", "Testi 131052 \\n-308T", "Testi 131052\u2012308T", "Testi １３１０５２－３０８Ｔ",
            "Testi 290204\u0410123\u0410", "Testi 1\u03013\u03031052-308T", "Testi \u0661\u0663\u0661\u0660\u0665\u0662-308T",
            "Testi 131052308T", "Testi 131052 308T", "Testi 0131052-308T"})
    void rejects_WhenACodeIsDisguised(String firstName) throws Exception {
        expectRefused("staff", post("/api/customers").contentType("application/json").content(registration(firstName)),
                400, "personal-identity-code");
    }

    @Test
    void rejects_WhenTheQueryStringHasAMalformedEscape() throws Exception {
        // as a client sends it raw: a URI builder would refuse to build it
        expectRefused("staff", post("/api/customers").contentType("application/json").content(registration("Testi"))
                .with(request -> {
                    request.setQueryString("x=%E0%A4%A");
                    return request;
                }), 400, "malformed-url");
    }
}
