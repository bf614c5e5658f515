package fi.register.query.console;

import fi.register.autoconfigure.console.ClinicTime;
import fi.register.events.LegalBasis;
import fi.register.events.audit.PersonalDataRead;
import fi.register.events.audit.ReadPurpose;
import fi.register.events.booking.BookingChannel;
import fi.register.events.booking.BookingStatus;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.customer.CustomerKind;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.NotificationOutcome;
import fi.register.events.disclosure.RecipientChange;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.order.OrderTerms;
import fi.register.events.order.Product;
import fi.register.events.service.ServiceEventKind;
import fi.register.events.subjectrequest.SubjectRequestChannel;
import fi.register.query.customer.CustomerResponse;
import org.junit.jupiter.api.Test;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code a console page (or the access copy) shows has its word in console/words*.properties in each of the
 * console's languages, in that language's own file: a new enum value without its words fails here, rather than
 * showing up on a page as a code (or in Finnish on the Swedish page).
 */
class ConsoleWordsTest {

    private static final List<String> LANGUAGES = List.of("", "_sv", "_en");

    /** The word kinds the pages use ({@code @words.of(kind, code, #locale)}) and the codes each can be given. */
    private static Map<String, List<String>> codesShown() throws ClassNotFoundException {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        shown.put("kind", names(CustomerKind.values()));
        shown.put("language", List.of("fi", "sv", "en"));
        shown.put("group", defaultCustomerGroups());
        shown.put("consentPurpose", names(ConsentPurpose.values()));
        shown.put("marketingChannel", names(MarketingChannel.values()));
        shown.put("change", names(CustomerResponse.ConsentChange.Change.values()));
        shown.put("evidence", names(EvidenceMethod.values()));
        shown.put("bookingStatus", names(BookingStatus.values()));
        shown.put("bookingChannel", names(BookingChannel.values()));
        shown.put("serviceKind", names(ServiceEventKind.values()));
        shown.put("product", names(Product.values()));
        shown.put("terms", names(OrderTerms.values()));
        shown.put("field", names(DisclosedField.values()));
        shown.put("basis", names(LegalBasis.values()));
        shown.put("read", names(PersonalDataRead.values()));
        shown.put("readPurpose", names(ReadPurpose.values()));
        shown.put("requestChannel", names(SubjectRequestChannel.values()));
        shown.put("erasureReason", names(ErasureReason.values()));
        shown.put("recipientChange", names(RecipientChange.values()));
        shown.put("notificationOutcome", names(NotificationOutcome.values()));
        // the audit trail's own kinds (EVENT, READ, DENIED) are package-private to it
        shown.put("auditKind", names((Enum<?>[]) Class.forName("fi.register.query.audit.AuditEntry$Kind").getEnumConstants()));
        // the audit trail's event types: every event of the published language, as the trail names them
        shown.put("eventType", publishedEventTypes());
        // the compliance replay's rules, package-private to it
        shown.put("rule", names((Enum<?>[]) Class.forName("fi.register.query.compliance.ComplianceRule").getEnumConstants()));
        return shown;
    }

    @Test
    void keeps_AWordForEveryCodeAPageShows_inFinnishSwedishAndEnglish() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties words = words(language);
            codesShown().forEach((kind, codes) -> codes.stream().map(code -> "word." + kind + "." + code)
                    .filter(key -> words.getProperty(key, "").isBlank())
                    .forEach(key -> missing.add("console/words" + language + ".properties: " + key)));
        }
        assertThat(missing).as("codes without a word").isEmpty();
    }

    @Test
    void keeps_TheSameCodesWordedInEveryLanguage() throws IOException {
        assertThat(words("_sv").stringPropertyNames()).isEqualTo(words("").stringPropertyNames());
        assertThat(words("_en").stringPropertyNames()).isEqualTo(words("").stringPropertyNames());
    }

    @Test
    void showsATime_inTheClinicsZone_asEachLanguageWritesIt() {
        ClinicTime helsinki = new ClinicTime(ZoneId.of("Europe/Helsinki"));
        Instant winterMorning = Instant.parse("2026-11-30T08:15:00Z");

        assertThat(helsinki.at(winterMorning, Locale.forLanguageTag("fi"))).isEqualTo("30.11.2026 10.15");
        assertThat(helsinki.at(winterMorning, Locale.forLanguageTag("sv"))).matches("30 nov\\.? 2026 10:15");
        assertThat(helsinki.at(winterMorning, Locale.ENGLISH)).matches("Nov 30, 2026 10:15[\\s\\u202F]AM");
        assertThat(helsinki.at(Instant.parse("2026-07-01T21:30:00Z"), Locale.forLanguageTag("fi")))
                .as("summer time, and past midnight in Helsinki").isEqualTo("2.7.2026 0.30");
    }

    /** The records with a {@code @Revision} under {@code fi.register.events}, by simple name (RecordedEventTypes). */
    private static List<String> publishedEventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<String> types = scanner.findCandidateComponents("fi.register.events").stream()
                .map(event -> event.getBeanClassName().substring(event.getBeanClassName().lastIndexOf('.') + 1))
                .sorted().toList();
        assertThat(types).as("the published events").contains("CustomerRegisteredEvent", "SubjectErasedEvent");
        return types;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> defaultCustomerGroups() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("register-shared.yml"));
        Properties settings = yaml.getObject();
        List<String> groups = new ArrayList<>();
        for (int i = 0; settings.containsKey("register.customer-groups[" + i + "]"); i++) {
            groups.add(settings.getProperty("register.customer-groups[" + i + "]"));
        }
        assertThat(groups).as("the default customer groups").isNotEmpty();
        return groups;
    }

    private static Properties words(String language) throws IOException {
        Properties words = new Properties();
        try (Reader file = new InputStreamReader(new ClassPathResource("console/words" + language + ".properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            words.load(file);
        }
        return words;
    }
}
