package fi.register.query.notice;

import fi.register.events.LegalBasis;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.order.Product;
import fi.register.events.personal.PersonalData;
import fi.register.query.erasure.ErasureExceptionSettings;
import fi.register.query.erasure.ErasurePreview;
import fi.register.rules.NamedParty;
import fi.register.rules.NeurosonicOrderConfirmation;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice cannot fall behind the register: every personal field the events mark, every consent the register asks
 * for, every legal basis it records and every field a named party may receive has its place and its words in the
 * notice, in Finnish and in English.
 */
class NoticeCoverageTest {

    @Test
    void rejects_WhenAnEventHoldsPersonalDataNoCategoryOfTheNoticeNames() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Event"));
        List<String> unnamed = new ArrayList<>();
        int personalComponents = 0;
        for (var candidate : scan.findCandidateComponents("fi.register.events")) {
            Class<?> event = Class.forName(candidate.getBeanClassName());
            if (!event.isRecord()) {
                continue;
            }
            for (RecordComponent component : event.getRecordComponents()) {
                if (component.isAnnotationPresent(PersonalData.class)) {
                    personalComponents++;
                    if (!DataCategory.claims(event, component.getName())) {
                        unnamed.add(event.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        // the scan reached the events (customer, interview, order, consent, disclosure, programs)
        assertThat(personalComponents).isGreaterThan(20);
        assertThat(unnamed).isEmpty();
    }

    @Test
    void keeps_APurposeForEveryConsentTheRegisterAsksForAndEveryLegalBasisItRecords() {
        for (ConsentPurpose consent : ConsentPurpose.values()) {
            assertThat(ProcessingPurpose.ofConsent(consent)).as(consent.name()).isPresent()
                    .hasValueSatisfying(purpose -> assertThat(purpose.basis()).isEqualTo(LegalBasis.CONSENT));
        }
        assertThat(Stream.of(ProcessingPurpose.values()).map(ProcessingPurpose::basis))
                .containsAll(List.of(LegalBasis.values()));
        assertThat(Stream.of(ProcessingPurpose.values()).flatMap(purpose -> purpose.categories().stream()))
                .as("every category is processed for some purpose").containsAll(List.of(DataCategory.values()));
    }

    @Test
    void keeps_HealthDataOnlyUnderThePurposeThatRestsOnHealthDataConsent() {
        for (ProcessingPurpose purpose : ProcessingPurpose.values()) {
            boolean healthData = purpose.categories().stream().anyMatch(DataCategory::healthData);
            assertThat(healthData).as(purpose.name())
                    .isEqualTo(purpose.consentPurpose().filter(ConsentPurpose.HEALTH_DATA::equals).isPresent());
        }
    }

    @Test
    void keeps_TheSameKeysInFinnishAndEnglish_AndWordsForEveryCodeTheNoticeShows() throws IOException {
        Properties finnish = bundle("notice");
        Properties english = bundle("notice_en");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(finnish.stringPropertyNames());

        List<String> needed = new ArrayList<>();
        Stream.of(ProcessingPurpose.values()).forEach(purpose -> needed.add("notice.purpose." + purpose));
        Stream.of(LegalBasis.values()).forEach(basis -> needed.add("notice.basis." + basis));
        Stream.of(DataCategory.values()).forEach(category -> needed.add("notice.category." + category));
        Stream.of(MarketingChannel.values()).forEach(channel -> needed.add("notice.channel." + channel));
        Stream.of(Product.values()).forEach(product -> needed.add("notice.product." + product));
        // what each named party may receive, and what an order confirmation carries
        Stream.of(NamedParty.values()).flatMap(party -> party.fieldsWithoutConsent().stream())
                .forEach(field -> needed.add("notice.field." + field));
        NeurosonicOrderConfirmation.FIELDS.forEach(field -> needed.add("notice.field." + field));
        Arrays.stream(DisclosedField.values()).forEach(field -> needed.add("notice.field." + field));
        // the seed's service menu (another clinic's own codes are shown as they are)
        Set.of("NEUROSONIC_TREATMENT", "NEUROSONIC_RENTAL", "NEUROSONIC_PURCHASE", "FIRSTBEAT_ANALYSIS",
                "EMFIT_MONITORING").forEach(service -> needed.add("notice.service." + service));
        // the exceptions to erasure: the seed's, each kind of record one can cover, what an erasure leaves of an order
        ErasureExceptionSettings seed = new ErasureExceptionSettings(null);
        seed.exceptions().forEach(exception -> needed.add("notice.erasureException." + exception.code()));
        Stream.of(ErasureExceptionSettings.ErasureException.Scope.values())
                .forEach(scope -> needed.add("notice.erasureException.scope." + scope));
        ErasurePreview.ORDER_FIELDS_KEPT.forEach(field -> needed.add("notice.orderField." + field));
        Stream.of("years", "months", "days").forEach(unit -> needed.add("notice.period." + unit));
        assertThat(finnish.stringPropertyNames()).containsAll(needed);
    }

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = NoticeCoverageTest.class.getResourceAsStream("/console/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
