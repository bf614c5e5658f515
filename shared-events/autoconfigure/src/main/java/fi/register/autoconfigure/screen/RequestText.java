package fi.register.autoconfigure.screen;

import fi.register.autoconfigure.problem.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A request's path, query and body decoded once, exactly as the application will read them, or the reason they
 * cannot be: the register reads JSON as UTF-8 only (RFC 8259 section 8.1), so a body declared in another charset, or
 * one that is not valid UTF-8, is refused before anything reads it. Otherwise the screen would read one text and
 * Jackson another (an EBCDIC body, a UTF-16 one that Jackson detects by itself, a Latin-1 one with a stray byte).
 */
record RequestText(String path, String query, String body) {

    /** Thrown with the refusal to answer; the message never holds anything of the request. */
    static final class Unreadable extends Exception {
        private final Refusal refusal;

        Unreadable(Refusal refusal, String detail) {
            super(detail, null, false, false);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    static RequestText of(HttpServletRequest request, byte[] body) throws Unreadable {
        if (body.length > 0) {
            requireUtf8Declared(request.getContentType());
        }
        return new RequestText(percentDecoded(request.getRequestURI(), false, "path"),
                request.getQueryString() == null ? null : percentDecoded(request.getQueryString(), true, "query string"),
                utf8(body, "body"));
    }

    private static void requireUtf8Declared(String contentType) throws Unreadable {
        if (contentType == null) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException malformed) {
            throw new Unreadable(Refusal.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header is malformed: send "
                    + "application/json (UTF-8).");
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            // a body's type is what it is, not a range: Spring MVC would fail on it with a server error
            throw new Unreadable(Refusal.UNSUPPORTED_MEDIA_TYPE, "The Content-Type of a body cannot be a wildcard: "
                    + "send application/json (UTF-8).");
        }
        String charset = type.getParameter("charset");
        if (charset != null && !isUtf8(charset.replace("\"", ""))) {
            throw new Unreadable(Refusal.UNSUPPORTED_CHARSET,
                    "The register reads request bodies as UTF-8 only: send the body in UTF-8, declared as "
                            + "charset=UTF-8 or with no charset.");
        }
    }

    private static boolean isUtf8(String name) {
        try {
            return Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return false;
        }
    }

    /**
     * Strict UTF-8: a malformed sequence is refused, never replaced. Control characters other than tab, line feed and
     * carriage return are refused too: JSON allows none outside escapes, and a NUL byte is what makes Jackson read
     * a body as UTF-16 or UTF-32 that decodes as harmless UTF-8.
     */
    private static String utf8(byte[] bytes, String part) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Unreadable(Refusal.NOT_UTF8, "The " + part + " is not valid UTF-8: send it in UTF-8.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                throw new Unreadable(Refusal.NOT_UTF8, "The " + part + " contains a control character: send text "
                        + "in UTF-8, with control characters escaped in JSON strings.");
            }
        }
        return text;
    }

    /** Percent-decoding to UTF-8 that refuses a malformed escape instead of failing with a server error. */
    private static String percentDecoded(String raw, boolean plusIsSpace, String part) throws Unreadable {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new Unreadable(Refusal.MALFORMED_URL, "The " + part + " has a malformed percent escape: "
                            + "write % as %25.");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                bytes.write(c); // the container hands over raw bytes as ISO-8859-1 characters
            } else {
                throw new Unreadable(Refusal.MALFORMED_URL, "The " + part + " has characters that are not "
                        + "percent-encoded: encode them as UTF-8 percent escapes.");
            }
        }
        return utf8(bytes.toByteArray(), part);
    }
}
