package relais.guard.engine;

import java.util.Objects;

import relais.guard.DeclarerRole;

/** The person who declared a referral: their role and, when known, their name. */
public record Declarer(DeclarerRole role, String name) {
    public Declarer {
        Objects.requireNonNull(role, "role");
    }
}
