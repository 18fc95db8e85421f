package relais.shared;

import java.util.UUID;

/** Parses identifiers that arrive from outside; a malformed one is simply an unknown thing. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String raw, String kind) {
        try {
            return UUID.fromString(raw == null ? "" : raw.trim());
        } catch (IllegalArgumentException e) {
            throw NotFoundException.of(kind, raw);
        }
    }

    /** For ids inside a request body: a malformed one is a field problem, not a missing page. */
    public static UUID parseField(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("validation.required", "is required");
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("validation.id", "'" + raw + "' is not a valid id", raw);
        }
    }
}
