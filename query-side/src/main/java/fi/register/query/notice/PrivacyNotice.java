package fi.register.query.notice;

import fi.register.events.consent.MarketingChannel;

import java.util.List;

/**
 * The facts of the privacy notice and of the records of processing, all read from the register's configuration and
 * rule classes ({@link PrivacyNoticeSource}); the words around them are the messages in console/notice*.properties.
 *
 * @param retentionPeriod      the setting as written (P24M), for the records
 * @param retentionMonths      the same in months, for the notice
 * @param smallestShownGroup   the reports' small-cell threshold: groups of fewer customers are not shown
 * @param exceptionsToErasure  the exceptions to erasure on request, {@code register.erasure.exceptions}: the same
 *                             entries the erasure's confirmation applies
 */
public record PrivacyNotice(ControllerSettings controller, List<String> services, List<String> dateOfBirthServices,
                            List<ProcessingPurpose> purposes, List<MarketingChannel> marketingChannels,
                            List<DataCategory> categories, List<PartyShare> namedParties, String retentionPeriod,
                            long retentionMonths, int smallestShownGroup,
                            List<ExceptionToErasure> exceptionsToErasure) {

    public PrivacyNotice {
        services = List.copyOf(services);
        dateOfBirthServices = List.copyOf(dateOfBirthServices);
        purposes = List.copyOf(purposes);
        marketingChannels = List.copyOf(marketingChannels);
        categories = List.copyOf(categories);
        namedParties = List.copyOf(namedParties);
        exceptionsToErasure = List.copyOf(exceptionsToErasure);
    }
}
