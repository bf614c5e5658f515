package fi.register.command.customer;

/** Formats both the registration and the rectification accept. */
final class CustomerRequests {

    static final String PHONE = "\\+?[0-9][0-9 ()-]{5,20}";
    static final String PHONE_MESSAGE = "must be a phone number of digits, spaces, dashes or brackets, optionally starting with +";
    static final String LANGUAGE = "fi|sv|en";
    static final String LANGUAGE_MESSAGE = "must be fi, sv or en";

    private CustomerRequests() {
    }
}
