package relais.guard;

/** May the freelancer work directly, outside the platform, with the person on the date asked about? */
public enum VerdictKind {
    PROTECTED,
    FREE
}
