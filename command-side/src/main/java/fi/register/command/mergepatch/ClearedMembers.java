package fi.register.command.mergepatch;

import java.util.EnumSet;
import java.util.Set;

/**
 * The members a JSON Merge Patch (RFC 7396) sets to {@code null}, i.e. asks to clear; every rectification patch notes
 * its members here as Jackson sets them. A member given twice: the last one counts, as Jackson reads it. Whether a
 * field may be cleared is the aggregate's decision, not the patch's.
 */
public final class ClearedMembers<F extends Enum<F>> {

    private final Set<F> cleared;

    public ClearedMembers(Class<F> fields) {
        this.cleared = EnumSet.noneOf(fields);
    }

    /** The value as given, noting whether it clears its field. */
    public <T> T note(F field, T value) {
        if (value == null) {
            cleared.add(field);
        } else {
            cleared.remove(field);
        }
        return value;
    }

    public Set<F> fields() {
        return Set.copyOf(cleared);
    }

    /** Only which fields are cleared: the patch's values are personal data, never printed. */
    @Override
    public String toString() {
        return cleared.toString();
    }
}
