package relais.guard;

import java.time.LocalDate;

/**
 * A protected relationship that ends soon: the freelancer and the person are protected on the asked day until
 * {@code protectedUntil}, and no brief or mission is open between them.
 *
 * @param companyId the person's company on the asked day (null when none is known)
 */
public record EndingRelationship(String freelancerId, String personId, String companyId, LocalDate protectedUntil) {
}
