package relais.billing.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counters of the invoice series, one row per series and year. A number is taken by updating the row in the
 * issuing transaction: the row stays locked until that transaction ends, so concurrent issues take turns, and a
 * rollback gives the number back. Callers lock every series they issue into in one fixed order (the freelancer's
 * series first, then the platform's) so that two issues never wait on each other in a circle.
 */
@Repository
public class InvoiceNumbers {

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the counter of {@code series} in {@code year}, creating it, and tells the latest issue date in it. */
    public Optional<LocalDate> lock(String series, int year) {
        jdbc.sql("insert into invoice_counter (series, year, last_number) values (:series, :year, 0) on conflict do nothing")
                .param("series", series).param("year", year).update();
        return jdbc.sql("select last_issued_on from invoice_counter where series = :series and year = :year for update")
                .param("series", series).param("year", year)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("last_issued_on", LocalDate.class))).single();
    }

    /** A number taken, and the latest issue date of its series before it (empty for the series' first). */
    public record Taken(int number, Optional<LocalDate> latestBefore) {
    }

    /**
     * {@link #lock} and {@link #next} in one statement: locks the counter of {@code series} in {@code year} (created
     * on the year's first invoice), takes its next number for an invoice dated {@code issuedOn} and tells the date of
     * the series' latest invoice before it. The row stays locked until the transaction ends, as with those two; the
     * caller refuses a date before the latest, and its rollback gives the number back.
     */
    public Taken take(String series, int year, LocalDate issuedOn) {
        var taken = lockAndIncrement(series, year, issuedOn);
        if (taken.isEmpty()) {
            jdbc.sql("insert into invoice_counter (series, year, last_number) values (:series, :year, 0) on conflict do nothing")
                    .param("series", series).param("year", year).update();
            taken = lockAndIncrement(series, year, issuedOn);
        }
        return taken.orElseThrow();
    }

    private Optional<Taken> lockAndIncrement(String series, int year, LocalDate issuedOn) {
        return jdbc.sql("""
                with latest as (select last_issued_on from invoice_counter
                                where series = :series and year = :year for update)
                update invoice_counter c set last_number = c.last_number + 1,
                       last_issued_on = greatest(coalesce(c.last_issued_on, :issuedOn), :issuedOn)
                from latest where c.series = :series and c.year = :year
                returning c.last_number, latest.last_issued_on""")
                .param("series", series).param("year", year).param("issuedOn", issuedOn)
                .query((rs, row) -> new Taken(rs.getInt("last_number"),
                        Optional.ofNullable(rs.getObject("last_issued_on", LocalDate.class))))
                .optional();
    }

    /** The next number of a locked series, taken for an invoice dated {@code issuedOn}. */
    public int next(String series, int year, LocalDate issuedOn) {
        return jdbc.sql("""
                update invoice_counter set last_number = last_number + 1,
                       last_issued_on = greatest(coalesce(last_issued_on, :issuedOn), :issuedOn)
                where series = :series and year = :year returning last_number""")
                .param("series", series).param("year", year).param("issuedOn", issuedOn).query(Integer.class).single();
    }
}
