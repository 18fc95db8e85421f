package relais.report;

/** How the client's proposal reached the freelancer. */
public enum Channel {
    EMAIL, PHONE, MEETING, MESSAGE, OTHER
}
