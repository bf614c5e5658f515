package fi.register.autoconfigure.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Told of every request the security chain refuses to an authenticated user (403), before the refusal is written: a
 * side that keeps an audit trail records the attempts it cares about (those on a data subject). A recorder that
 * throws turns the 403 into a 500: the request is refused either way, and an unrecorded attempt is not passed over
 * in silence.
 */
@FunctionalInterface
public interface DeniedRequests {

    void record(HttpServletRequest request, String user);
}
