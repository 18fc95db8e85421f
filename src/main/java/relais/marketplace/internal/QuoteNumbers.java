package relais.marketplace.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Devis numbers DEV-YYYY-NNNNN, a series per year with no gaps (the counter is taken in the caller's transaction). */
@Repository
public class QuoteNumbers {

    private final JdbcClient jdbc;

    QuoteNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(int year) {
        int number = jdbc.sql("""
                insert into quote_number_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = quote_number_counter.last_number + 1
                returning last_number""")
                .param("year", year).query(Integer.class).single();
        return "DEV-%d-%05d".formatted(year, number);
    }
}
