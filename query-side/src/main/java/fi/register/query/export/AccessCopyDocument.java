package fi.register.query.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import fi.register.autoconfigure.console.ClinicTime;
import fi.register.autoconfigure.console.ConsoleWords;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes the access copy out: as an HTML page (templates/access-copy/copy.html, with its own texts in
 * access-copy/messages*.properties and the codes' words of console/words*.properties, so the copy's language is the customer's and not the console user's), and as a PDF
 * of the same page laid out by openhtmltopdf on Apache PDFBox. The template is well-formed XHTML because the PDF's
 * layout reads it as XML. The PDF uses the standard PDF fonts, whose WinAnsi encoding covers the Finnish and Swedish
 * letters (ä, ö, å and their capitals); a letter outside it would show as a placeholder, a limitation the
 * architecture document names.
 * <p>
 * Its own template engine, not the console's: the copy is a document for the customer, and the engine exposed as a
 * bean would replace the one Spring Boot sets up for the console.
 */
@Component
class AccessCopyDocument {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final AccessCopySettings settings;
    private final ClinicTime clinicTime;

    AccessCopyDocument(AccessCopySettings settings, ClinicTime clinicTime) {
        this.settings = settings;
        this.clinicTime = clinicTime;
        // the codes' words are the console's (one bundle, no code worded twice); the rest is the copy's own
        messages.setBasenames("access-copy/messages", ConsoleWords.BUNDLE);
        messages.setDefaultEncoding("UTF-8");
        // a language without a bundle of its own reads the Finnish default, never the server's locale
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/access-copy/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        // its diagnostics may quote the document, which is all personal data: the register logs none of it
        XRLog.setLoggingEnabled(false);
    }

    /** The customer's language for the copy: the one asked for, else the customer's own, else the clinic's default. */
    Locale languageOf(AccessCopy copy, String askedFor) {
        return AccessCopyLanguage.of(askedFor, copy.data().customer().language(), settings.defaultLanguage());
    }

    String html(AccessCopy copy, Locale language) {
        Context context = new Context(language);
        context.setVariable("copy", copy);
        context.setVariable("c", copy.data().customer());
        context.setVariable("w", new AccessCopyWords(messages, language, clinicTime));
        context.setVariable("zone", clinicTime.zone().getId());
        context.setVariable("lang", language.getLanguage());
        return engine.process("copy", context);
    }

    byte[] pdf(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            // in memory: only a broken template gets here, and the message names no personal data
            throw new UncheckedIOException("the access copy could not be laid out as a PDF", e);
        }
        return pdf.toByteArray();
    }
}
