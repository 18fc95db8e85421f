package relais.mission;

/** An extension waits for the client's answer, then is accepted or declined, once and for all. */
public enum ExtensionStatus {
    PROPOSED, ACCEPTED, DECLINED
}
