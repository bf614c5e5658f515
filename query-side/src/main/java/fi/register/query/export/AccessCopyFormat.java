package fi.register.query.export;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.Comparator;
import java.util.List;

/**
 * Which form of the export a request's {@code Accept} header asks for. The JSON stays the answer to anything that does
 * not name HTML or PDF before it, a missing header or {@code *}{@code /*} included, so every client of the
 * machine-readable export gets what it got before; a browser, which names text/html first, gets the page.
 */
enum AccessCopyFormat {
    JSON,
    HTML,
    PDF;

    static AccessCopyFormat chosenBy(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept).stream()
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        } catch (InvalidMediaTypeException unreadable) {
            return JSON;
        }
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return JSON;
            }
            if (type.equalsTypeAndSubtype(MediaType.TEXT_HTML)) {
                return HTML;
            }
            if (type.equalsTypeAndSubtype(MediaType.APPLICATION_PDF)) {
                return PDF;
            }
        }
        return JSON;
    }
}
