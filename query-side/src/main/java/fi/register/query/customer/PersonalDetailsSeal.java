package fi.register.query.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.register.crypto.PersonalDataCipher;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Encrypts the view's personal values under the subject's own data key before they reach the projection store,
 * and decrypts them on the way out. Destroying the key therefore erases the view's copy too, even in bytes that a
 * log-structured file keeps after a delete. Each value is bound to its place (the context), so a sealed value
 * cannot be moved to another field or consent and read there.
 */
class PersonalDetailsSeal {

    static final String DETAILS_CONTEXT = "customer-view/details";
    private static final String EVIDENCE_CONTEXT = "customer-view/consent-evidence/";
    /** Its own mapper: the sealed format must not change with the web layer's JSON settings. */
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final PersonalDataCipher cipher;

    PersonalDetailsSeal(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    String seal(UUID customerId, PersonalDetails details) {
        try {
            return cipher.encrypt(customerId, DETAILS_CONTEXT, JSON.writeValueAsBytes(details));
        } catch (JsonProcessingException e) {
            // the cause could quote a value: say only what failed
            throw new IllegalStateException("Cannot encode the personal details of a register view");
        }
    }

    /** Empty once the subject's key was destroyed. */
    Optional<PersonalDetails> open(UUID customerId, String sealed) {
        return cipher.decrypt(customerId, DETAILS_CONTEXT, sealed).map(PersonalDetailsSeal::decode);
    }

    String sealEvidence(UUID customerId, UUID consentId, String evidenceReference) {
        return evidenceReference == null ? null
                : cipher.encryptString(customerId, EVIDENCE_CONTEXT + consentId, evidenceReference);
    }

    Optional<String> openEvidence(UUID customerId, UUID consentId, String sealed) {
        return sealed == null ? Optional.empty() : cipher.decryptString(customerId, EVIDENCE_CONTEXT + consentId, sealed);
    }

    private static PersonalDetails decode(byte[] json) {
        try {
            return JSON.readValue(json, PersonalDetails.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot decode the personal details of a register view");
        }
    }
}
