package relais.screening;

/** What kind of off-platform move a finding points at. Declaration order is the order used in {@link Screening#categories()}. */
public enum Category {
    EMAIL,
    PHONE,
    LINK_OR_HANDLE,
    PAYMENT_DETAILS,
    GO_DIRECT
}
