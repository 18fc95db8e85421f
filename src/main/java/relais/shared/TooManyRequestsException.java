package relais.shared;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The caller went past a limit; answered with 429 and Retry-After. The code and its arguments let the message be
 * said in the reader's language; the message is the English wording.
 */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;
    private final String code;
    private final Object[] args;

    public TooManyRequestsException(String message, Duration retryAfter) {
        this(null, null, message, retryAfter);
    }

    public TooManyRequestsException(String code, Object[] args, String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
        this.code = code;
        this.args = args == null ? null : args.clone();
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds until a new attempt can succeed, rounded up (a Retry-After of 0 would invite a retry too soon). */
    public long retryAfterSeconds() {
        return retryAfterSeconds(retryAfter);
    }

    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    public String message(MessageSource messages, Locale locale) {
        return code == null ? getMessage() : messages.getMessage(code, args, getMessage(), locale);
    }
}
