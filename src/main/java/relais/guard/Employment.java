package relais.guard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person works for {@code companyId} from {@code from} on (until their next employment). A null {@code from}
 * marks the employment the person was recorded with: it has no start, so it covers all the time before their
 * earliest move, whatever order the moves were recorded in.
 */
public record Employment(String companyId, LocalDate from) {
    public Employment {
        Objects.requireNonNull(companyId, "companyId");
    }

    /** The employment a person was recorded with, open toward the past. */
    public static Employment first(String companyId) {
        return new Employment(companyId, null);
    }
}
