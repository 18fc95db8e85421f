package relais.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The request is well formed but clashes with the current state (duplicate, forbidden transition): 409. The code and
 * its arguments let the message be said in the reader's language; the message is the English wording.
 */
public class ConflictException extends RuntimeException {

    /** Said, in the reader's language, when a conflict was raised without a code of its own. */
    public static final String GENERIC = "conflict.generic";

    private final String field;
    private final String code;
    private final transient Object[] args;

    /** @deprecated give a message code, so that the reader gets the message in their language */
    @Deprecated
    public ConflictException(String message) {
        this(null, message);
    }

    /** @deprecated give a message code, so that the reader gets the message in their language */
    @Deprecated
    public ConflictException(String field, String message) {
        this(field, null, message);
    }

    public ConflictException(String field, String code, String englishMessage, Object... args) {
        super(englishMessage);
        this.field = field;
        this.code = code;
        this.args = args == null ? null : args.clone();
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    /**
     * The message in the reader's language. A conflict without a code is said in English to English readers only;
     * others get a general sentence in their language rather than a foreign one.
     */
    public String message(MessageSource messages, Locale locale) {
        if (code != null) {
            return messages.getMessage(code, MessageArguments.of(args), getMessage(), locale);
        }
        if (locale != null && "en".equals(locale.getLanguage())) {
            return getMessage();
        }
        return messages.getMessage(GENERIC, null, getMessage(), locale);
    }
}
