package relais.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Arguments of a message as MessageFormat can say them: a day becomes a {@link Date} at its first instant, so that
 * the message writes it in the reader's language with {@code {0,date,long}} ("30 novembre 2026", "November 30,
 * 2026") rather than as 2026-11-30.
 */
public final class MessageArguments {

    private MessageArguments() {
    }

    public static Object[] of(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] said = args.clone();
        for (int i = 0; i < said.length; i++) {
            if (said[i] instanceof LocalDate day) {
                said[i] = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
            }
        }
        return said;
    }
}
