package fi.register.query.notice;

import fi.register.guard.BusinessIdCheck;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The controller (rekisterinpitäjä) the privacy notice and the records of processing name, and whom to contact about
 * the register: settings under {@code register.controller} (register-shared.yml holds the seed's values), so another
 * clinic configures its own and the published notice follows.
 *
 * @param tradeName the auxiliary trade name (aputoiminimi), or blank for none
 */
@ConfigurationProperties("register.controller")
public record ControllerSettings(String name, String tradeName, String businessId, String address,
                                 Contact dataProtectionContact) {

    /** Who answers for data protection and how the customer reaches them. */
    public record Contact(String name, String email) {
    }

    public ControllerSettings {
        if (blank(name) || blank(address) || dataProtectionContact == null || blank(dataProtectionContact.name())
                || blank(dataProtectionContact.email())) {
            throw new IllegalStateException("register.controller needs name, address and data-protection-contact "
                    + "(name, email): the privacy notice names them");
        }
        if (!BusinessIdCheck.isValid(businessId)) {
            throw new IllegalStateException("register.controller.business-id is not a valid business id (Y-tunnus)");
        }
        tradeName = blank(tradeName) ? null : tradeName;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
