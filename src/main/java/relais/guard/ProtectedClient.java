package relais.guard;

import java.time.LocalDate;

/**
 * A person protected with the freelancer on a date.
 *
 * @param company        the person's company on that date (null if unknown)
 * @param protectedUntil last protected day, null when open-ended
 * @param via            MISSION when one of the person's own mission windows covers the date, else REFERRAL
 */
public record ProtectedClient(PersonFact person, CompanyFact company, LocalDate protectedUntil, boolean openEnded,
                              Via via) {
}
