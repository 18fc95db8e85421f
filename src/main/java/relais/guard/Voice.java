package relais.guard;

/**
 * Who reads a verdict: the freelancer it is about ("Vous pouvez travailler en direct…"), or someone else, an
 * account manager, who reads it about the freelancer by name ("Léa Dubois peut travailler en direct…").
 */
public record Voice(String freelancerName) {

    public static final Voice SECOND_PERSON = new Voice(null);

    /** The third person, about the named freelancer. */
    public static Voice about(String freelancerName) {
        return new Voice(freelancerName == null || freelancerName.isBlank() ? "?" : freelancerName);
    }

    public boolean thirdPerson() {
        return freelancerName != null;
    }
}
