package relais.company;

import java.time.LocalDate;

/** From this date on, the person works at this company (until the next employment). */
public record Employment(CompanyId companyId, LocalDate from) {
}
