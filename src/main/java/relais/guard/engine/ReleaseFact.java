package relais.guard.engine;

import java.time.LocalDate;
import java.util.Objects;

import relais.guard.PersonFact;
import relais.guard.ReleaseKind;

/**
 * Protection ended early for one person ({@code personId}) or for everyone whose company on the effective date
 * is {@code companyId}. From {@code effectiveOn} on, the windows that started before it no longer protect.
 */
public record ReleaseFact(String id, ReleaseKind kind, String personId, String companyId, LocalDate effectiveOn,
                          String reason, String recordedBy) {

    public ReleaseFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (personId == null && companyId == null) {
            throw new IllegalArgumentException("A release names a person or a company");
        }
    }

    /** A person release names the person; a company release reaches whoever worked there on the effective date. */
    public boolean appliesTo(PersonFact person, String personId) {
        if (this.personId != null) {
            return this.personId.equals(personId);
        }
        return person != null && companyId.equals(person.companyOn(effectiveOn));
    }
}
