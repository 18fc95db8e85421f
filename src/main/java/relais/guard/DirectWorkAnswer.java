package relais.guard;

/**
 * A verdict and the person it is about; person is null when the caller may not know who it is. The freelancer's
 * name, as it stands now, comes along when it was read with the facts (null otherwise: read it where needed).
 */
public record DirectWorkAnswer(Verdict verdict, PersonRef person, String freelancerName) {

    public DirectWorkAnswer(Verdict verdict, PersonRef person) {
        this(verdict, person, null);
    }
}
