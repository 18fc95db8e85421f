package relais.guard;

/** A person as a verdict names them: companyId is where they worked on the date asked about. */
public record PersonRef(String id, String fullName, String companyId) {
}
