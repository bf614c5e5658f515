package fi.register.query.compliance;

import fi.register.rules.NoIdentityCodeInReadableFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Minimisation, by {@link NoIdentityCodeInReadableFields}: no event holds a personal identity code in a field anyone
 * holding the store can read. The events are decoded with personal fields sealed, so a sealed field reads as erased
 * and only what is stored readable is judged. The finding names the event type and the fields, never the value.
 */
final class IdentityCodeCheck implements ComplianceCheck {

    private final List<Finding> findings = new ArrayList<>();
    private long checked;

    @Override
    public void accept(ReplayedEvent event) {
        if (event.payload() == null) {
            return; // a type this build does not know: nothing decoded to judge
        }
        checked++;
        List<String> fields = NoIdentityCodeInReadableFields.fieldsHoldingACode(event.payload());
        if (!fields.isEmpty()) {
            findings.add(new Finding(ComplianceRule.PERSONAL_IDENTITY_CODE_STORED, event.customerId(), event.sequence(),
                    event.recordedAt(), event.payload().getClass().getSimpleName() + ": readable field " + fields
                    + " holds a personal identity code"));
        }
    }

    @Override
    public Map<ComplianceRule, Long> checked() {
        return Map.of(ComplianceRule.PERSONAL_IDENTITY_CODE_STORED, checked);
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }
}
