package fi.register.query.notice;

import fi.register.events.consent.ConsentPurpose;
import fi.register.rules.DisclosureConsentIsWritten;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The records of processing, written from the same {@link PrivacyNotice} the public notice is drawn from. */
@Component
class RecordsOfProcessingSource {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final PrivacyNoticeSource notices;
    private final NoticeTexts texts;

    RecordsOfProcessingSource(PrivacyNoticeSource notices, NoticeTexts texts) {
        this.notices = notices;
        this.texts = texts;
    }

    RecordsOfProcessing records() {
        PrivacyNotice notice = notices.notice();
        ControllerSettings controller = notice.controller();
        String subjects = texts.text(ENGLISH, "notice.subjects.text");
        List<RecordsOfProcessing.Activity> activities = notice.purposes().stream()
                .map(purpose -> new RecordsOfProcessing.Activity(purpose, purposeText(notice, purpose), purpose.basis(),
                        purpose.consentPurpose().orElse(null), subjects, purpose.categories(),
                        recipientsOf(notice, purpose)))
                .toList();
        List<RecordsOfProcessing.Category> categories = notice.categories().stream()
                .map(category -> new RecordsOfProcessing.Category(category, categoryText(notice, category),
                        category.healthData()))
                .toList();
        return new RecordsOfProcessing(
                new RecordsOfProcessing.Controller(controller.name(), controller.tradeName(), controller.businessId(),
                        controller.address()),
                controller.dataProtectionContact(), activities, categories, notice.namedParties(),
                new RecordsOfProcessing.OtherRecipients(ConsentPurpose.DISCLOSURE,
                        DisclosureConsentIsWritten.REQUIRED_EVIDENCE, texts.text(ENGLISH, "notice.disclosures.others")),
                new RecordsOfProcessing.Retention(notice.retentionPeriod(), notice.retentionMonths(),
                        texts.text(ENGLISH, "notice.retention.text", notice.retentionMonths()) + " "
                                + texts.text(ENGLISH, "notice.retention.openBooking") + " "
                                + texts.text(ENGLISH, "notice.retention.erasure"),
                        notice.exceptionsToErasure().stream().map(this::erasureException).toList()),
                List.of(SecurityMeasure.values()).stream()
                        .map(measure -> new RecordsOfProcessing.Measure(measure, measure.description())).toList());
    }

    /** The same sentence as the notice's item for this exception, from the same message keys, in English. */
    private RecordsOfProcessing.ErasureExceptionEntry erasureException(ExceptionToErasure exception) {
        String name = texts.textOr(ENGLISH, "notice.erasureException." + exception.code(), exception.code());
        String scope;
        if (exception.appliesTo() == null) {
            scope = texts.text(ENGLISH, "notice.erasureException.everyCustomer");
        } else {
            ExceptionToErasure.KeptFor kept = exception.keptFor();
            String period = kept.unit() == null ? kept.iso() : texts.text(ENGLISH, "notice.period." + kept.unit(), kept.amount());
            scope = texts.text(ENGLISH, "notice.erasureException.scope." + exception.appliesTo().name(), period,
                    texts.list(ENGLISH, "notice.orderField.", exception.keptReadable(), field -> field));
        }
        return new RecordsOfProcessing.ErasureExceptionEntry(exception.code(),
                exception.appliesTo() == null ? null : exception.appliesTo().name(),
                exception.keptFor() == null ? null : exception.keptFor().iso(), exception.law(), exception.keptReadable(),
                name + ": " + scope + " " + texts.text(ENGLISH, "notice.erasureException.law", exception.law()));
    }

    private String purposeText(PrivacyNotice notice, ProcessingPurpose purpose) {
        return switch (purpose) {
            case MARKETING -> texts.text(ENGLISH, "notice.purpose.MARKETING",
                    texts.list(ENGLISH, "notice.channel.", notice.marketingChannels(), Enum::name));
            case SERVICE_STATISTICS -> texts.text(ENGLISH, "notice.purpose.SERVICE_STATISTICS",
                    notice.smallestShownGroup());
            default -> texts.text(ENGLISH, "notice.purpose." + purpose.name());
        };
    }

    private String categoryText(PrivacyNotice notice, DataCategory category) {
        return category == DataCategory.DATE_OF_BIRTH
                ? texts.text(ENGLISH, "notice.category.DATE_OF_BIRTH",
                        texts.list(ENGLISH, "notice.service.", notice.dateOfBirthServices(), service -> service))
                : texts.text(ENGLISH, "notice.category." + category.name());
    }

    /** The named parties receive data for the services; anyone else only on a written consent; nobody otherwise. */
    private static List<String> recipientsOf(PrivacyNotice notice, ProcessingPurpose purpose) {
        return switch (purpose) {
            case SERVICES -> notice.namedParties().stream().map(PartyShare::name).toList();
            case DISCLOSURE_ON_CONSENT -> List.of("the recipient named in the written consent of the customer");
            default -> List.of();
        };
    }
}
