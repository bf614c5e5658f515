package fi.register.events.subjectrequest;

/** How the request reached the clinic. */
public enum SubjectRequestChannel {
    EMAIL,
    LETTER,
    PHONE,
    IN_PERSON
}
