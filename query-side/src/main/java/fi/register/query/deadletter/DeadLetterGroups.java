package fi.register.query.deadletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dead letters as the screen draws them: per projection, per aggregate (the unit a retry applies in order), in the
 * order they will be applied. Projections without dead letters are left out; none at all is the empty state.
 */
final class DeadLetterGroups {

    private DeadLetterGroups() {
    }

    /** One projection's waiting aggregates, each with its letters. */
    record Group(String name, List<Sequence> sequences) {

        public long letters() {
            return sequences.stream().mapToLong(sequence -> sequence.letters().size()).sum();
        }

        public String refusalId() {
            return DeadLetterGroups.refusalId(name, null);
        }
    }

    /** One aggregate's letters, the first the one that failed and the rest waiting behind it. */
    record Sequence(String processingGroup, String id, List<DeadLetterEntry> letters) {

        public String refusalId() {
            return DeadLetterGroups.refusalId(processingGroup, id);
        }
    }

    static List<Group> of(List<DeadLetterEntry> entries) {
        Map<String, Map<String, List<DeadLetterEntry>>> byGroup = new LinkedHashMap<>();
        for (DeadLetterEntry entry : entries) {
            byGroup.computeIfAbsent(entry.processingGroup(), group -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.sequence(), sequence -> new ArrayList<>()).add(entry);
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((group, sequences) -> groups.add(new Group(group, sequences.entrySet().stream()
                .map(sequence -> new Sequence(group, sequence.getKey(), List.copyOf(sequence.getValue())))
                .toList())));
        return groups;
    }

    /** Whether the page drawn from these groups has the element beside a retry button of that id. */
    static boolean hasPlace(List<Group> groups, String refusalId) {
        return groups.stream().anyMatch(group -> group.refusalId().equals(refusalId)
                || group.sequences().stream().anyMatch(sequence -> sequence.refusalId().equals(refusalId)));
    }

    /** The element beside a retry button that its refusal goes into: a group's, or one of its sequences'. */
    static String refusalId(String processingGroup, String sequence) {
        return "refusal-" + processingGroup + (sequence == null ? "" : "-" + sequence);
    }
}
