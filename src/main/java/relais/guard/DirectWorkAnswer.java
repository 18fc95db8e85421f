package relais.guard;

/** A verdict and the person it is about; person is null when the caller may not know who it is. */
public record DirectWorkAnswer(Verdict verdict, PersonRef person) {
}
