package relais.notification;

/** PENDING until the SMTP server accepts it (SENT), or until it has failed too often to keep trying (FAILED). */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
