package relais.guard.engine;

/**
 * A record of the guard was asked to make a move its state does not allow (deciding a claim twice, answering a
 * declaration already answered). The code names the message that says why; the services answer it as a conflict.
 */
public final class RefusedMove extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    RefusedMove(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
