package fi.register.benchmarks.history;

import fi.register.events.erasure.ErasureReason;
import fi.register.rules.RetentionPeriod;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A register's history, generated: subjects registered over four years before {@code now}, each with consents,
 * bookings and their completion, service events, interviews, program recommendations and feedback, orders,
 * disclosures, rectifications and withdrawals, and the erasures the retention rule requires (24 months after the last
 * service event), so that about four subjects in ten are erased (crypto-shredded) by the end. Deterministic: the same
 * seed gives the same history, event for event.
 * <p>
 * Every subject keeps the register's rules, except a few on purpose ({@link #planted()}): three of each rule the
 * compliance replay checks, so a replay of the history must report exactly those.
 */
public final class HistoryPlan {

    /** The privacy notice's period, the register's default setting. */
    static final Period RETENTION = Period.ofMonths(24);
    static final Duration SPAN = Duration.ofDays(4 * 365);
    static final int PLANTED_PER_RULE = 3;

    private final List<PlannedEvent> events;
    private final List<UUID> subjects;
    private final List<UUID> erased;
    private final List<PlantedFinding> planted;

    private HistoryPlan(List<PlannedEvent> events, List<UUID> subjects, List<UUID> erased, List<PlantedFinding> planted) {
        this.events = events;
        this.subjects = subjects;
        this.erased = erased;
        this.planted = planted;
    }

    /**
     * At least {@code eventCount} events (whole subjects only, so a few more), in the order they were recorded.
     *
     * @param now what the register's clock will say when the history is replayed, give or take a day: no retention
     *            deadline of an unplanted subject falls within three days of it
     */
    public static HistoryPlan of(int eventCount, long seed, Instant now) {
        Random random = new Random(seed);
        RetentionPeriod period = new RetentionPeriod(RETENTION);
        Instant start = now.minus(SPAN).truncatedTo(ChronoUnit.DAYS);
        List<PlannedEvent> events = new ArrayList<>(eventCount + 100);
        List<UUID> subjects = new ArrayList<>();
        List<UUID> erased = new ArrayList<>();
        List<PlantedFinding> planted = new ArrayList<>();
        int index = 0;
        while (events.size() < eventCount) {
            SubjectTimeline subject = new SubjectTimeline(new UUID(random.nextLong(), random.nextLong()), random, now);
            Plant plant = Plant.forSubject(index++);
            Instant registeredAt = switch (plant) {
                case KEPT_PAST_RETENTION -> now.minus(Duration.ofDays(40 * 30));
                case ERASED_BEFORE_RETENTION_DUE -> now.minus(Duration.ofDays(30 * 30));
                default -> start.plusSeconds((long) (random.nextDouble() * (SPAN.toSeconds() - Duration.ofDays(30).toSeconds())));
            };
            subject.live(registeredAt, plant);
            if (plant == Plant.HEALTH_DATA_WITHOUT_CONSENT) {
                planted.add(new PlantedFinding(plant.name(), subject.id(), subject.interviewWithoutConsent()));
            } else if (plant == Plant.DISCLOSURE_WITHOUT_BASIS) {
                planted.add(new PlantedFinding(plant.name(), subject.id(), subject.disclosureWithoutBasis()));
            }
            Instant deadline = period.eraseAfter(subject.retentionRunsFrom());
            switch (plant) {
                case KEPT_PAST_RETENTION -> planted.add(new PlantedFinding(plant.name(), subject.id(),
                        subject.retentionRunsFromSequence()));
                case ERASED_BEFORE_RETENTION_DUE -> {
                    long sequence = subject.erase(ErasureReason.RETENTION_EXPIRED,
                            subject.retentionRunsFrom().atOffset(ZoneOffset.UTC).plusMonths(12).toInstant());
                    planted.add(new PlantedFinding(plant.name(), subject.id(), sequence));
                }
                default -> eraseAsTheRegisterWould(subject, deadline, now, random);
            }
            if (subject.isErased()) {
                erased.add(subject.id());
            }
            subjects.add(subject.id());
            events.addAll(subject.events());
        }
        events.sort(Comparator.comparing(PlannedEvent::at).thenComparing(PlannedEvent::subject)
                .thenComparingLong(PlannedEvent::sequence));
        return new HistoryPlan(events, List.copyOf(subjects), List.copyOf(erased), List.copyOf(planted));
    }

    /**
     * The retention enforcer erases within hours of the deadline; a deadline too close to {@code now} for the replay's
     * clock to be sure of is avoided by an erasure at the subject's request; a few subjects ask to be erased anyway.
     */
    private static void eraseAsTheRegisterWould(SubjectTimeline subject, Instant deadline, Instant now, Random random) {
        Duration margin = Duration.ofDays(3);
        if (deadline.isBefore(now.minus(margin))) {
            subject.erase(ErasureReason.RETENTION_EXPIRED, deadline.plus(Duration.ofMinutes(10 + random.nextInt(20 * 60))));
        } else if (deadline.isBefore(now.plus(margin)) || random.nextInt(100) < 3) {
            Instant at = subject.lastEventAt().plus(Duration.ofHours(1 + random.nextInt(48)));
            if (at.isBefore(now.minus(Duration.ofHours(1)))) {
                subject.erase(ErasureReason.SUBJECT_REQUEST, at);
            }
        }
    }

    /** In the order they were recorded: by time, a subject's own in sequence. */
    List<PlannedEvent> events() {
        return events;
    }

    public int eventCount() {
        return events.size();
    }

    public List<UUID> subjects() {
        return subjects;
    }

    /** Subjects erased in the history: their keys are destroyed once their events are written. */
    public List<UUID> erased() {
        return erased;
    }

    public List<PlantedFinding> planted() {
        return planted;
    }

    /** Which rule a subject breaks on purpose; the first subjects carry them, so any size has all of them. */
    enum Plant {
        NONE, HEALTH_DATA_WITHOUT_CONSENT, KEPT_PAST_RETENTION, DISCLOSURE_WITHOUT_BASIS, ERASED_BEFORE_RETENTION_DUE;

        static Plant forSubject(int index) {
            // subjects 1-3, 5-7, 9-11, 13-15; the ones between keep every rule
            int rule = index / 4;
            return index % 4 == 0 || rule >= 4 ? NONE : values()[1 + rule];
        }
    }
}
