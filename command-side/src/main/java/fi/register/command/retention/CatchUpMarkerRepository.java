package fi.register.command.retention;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatchUpMarkerRepository extends JpaRepository<CatchUpMarker, String> {
}
