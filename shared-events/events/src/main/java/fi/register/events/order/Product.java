package fi.register.events.order;

/** The service products the clinic sells or rents out (docs/requirements.md, "Services"). */
public enum Product {
    NEUROSONIC_DEVICE,
    EMFIT_MONITOR
}
