package relais.report;

/** How a report ends. NOT_PROTECTED is Relais's own answer when the person was free; the others close a case. */
public enum Outcome {
    NOT_PROTECTED, REMINDED, BROUGHT_ON_PLATFORM, BUYOUT, WAIVED, BREACH;

    public boolean closesACase() {
        return this != NOT_PROTECTED;
    }
}
