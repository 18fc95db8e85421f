package relais.company;

import java.time.LocalDate;

/**
 * From this date on, the person works at this company (until the next employment). The employment a person is
 * recorded with has no date ({@code from} is null): it covers all the time before their earliest move, whatever
 * order the moves were recorded in, since history may be imported after the person was recorded.
 */
public record Employment(CompanyId companyId, LocalDate from) {

    /** The employment a person is recorded with, open toward the past. */
    public static Employment first(CompanyId companyId) {
        return new Employment(companyId, null);
    }
}
