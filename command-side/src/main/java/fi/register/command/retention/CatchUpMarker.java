package fi.register.command.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Says that the deadlines were once computed from the whole event history; see {@link RetentionCatchUp}. */
@Entity
@Table(name = "retention_catch_up")
class CatchUpMarker {

    static final String DEADLINES = "deadlines";
    /** Open bookings keep their customers since this version: a store read before it is read once more for them. */
    static final String OPEN_BOOKINGS = "open-bookings";

    @Id
    @Column(name = "name", length = 32)
    private String name;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected CatchUpMarker() {
        // for JPA
    }

    CatchUpMarker(String name, Instant completedAt) {
        this.name = name;
        this.completedAt = completedAt;
    }
}
