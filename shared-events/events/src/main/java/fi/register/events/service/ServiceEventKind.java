package fi.register.events.service;

/** What took place, for a service event recorded without a booking. */
public enum ServiceEventKind {
    /** A Neurosonic relaxation treatment given at the clinic without a booking in the register. */
    TREATMENT_GIVEN,
    /** A Neurosonic device or an Emfit monitor handed over (rental or sale). */
    DEVICE_HANDED_OVER,
    /** A rented device came back. */
    DEVICE_RETURNED,
    /** An Emfit sleep monitoring period ended. */
    MONITORING_PERIOD_ENDED,
    /** The results of a FIRSTBEAT wellbeing analysis were delivered to the customer. */
    ANALYSIS_DELIVERED
}
