package fi.register.command.console;

import java.util.Map;
import java.util.Set;

/**
 * A staff form as posted, every field a string: its values by field (for the identity-code screen and the refusals'
 * fields), and itself without some of them (a value refused as an identity code is never shown back).
 */
interface CommandForm<F extends CommandForm<F>> {

    Map<String, String> values();

    F without(Set<String> fields);
}
