package relais.shared;

/** A value object refusing its input, with a message code so that the refusal can be said in French or English. */
public class InvalidValueException extends IllegalArgumentException {

    private final String code;
    private final transient Object[] args;

    public InvalidValueException(String code, String englishMessage, Object... args) {
        super(englishMessage);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
