package relais.company;

import java.time.LocalDate;

/** Published when a person's employer changes, so that logins and views follow them. */
public record PersonMovedCompany(PersonId personId, CompanyId from, CompanyId to, LocalDate on) {
}
