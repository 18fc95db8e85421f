package relais.report;

import java.time.LocalDate;

/** A buy-out asked for one person, or for a whole company, of a freelancer's protected clients. */
public record BuyoutRequest(String freelancerId, String personId, String companyId, LocalDate requestedOn) {
}
