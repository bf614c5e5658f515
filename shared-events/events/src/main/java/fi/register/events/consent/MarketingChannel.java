package fi.register.events.consent;

public enum MarketingChannel {
    EMAIL,
    SMS,
    POST
}
