package relais.guard;

import java.time.LocalDate;
import java.util.Objects;

/** A person works for {@code companyId} from {@code from} on (until their next employment). */
public record Employment(String companyId, LocalDate from) {
    public Employment {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(from, "from");
    }
}
