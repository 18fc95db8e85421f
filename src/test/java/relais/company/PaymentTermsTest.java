package relais.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentTermsTest {

    @ParameterizedTest(name = "{0} issued {1} is due {2}")
    @CsvSource({
            "NET_30, 2026-01-31, 2026-03-02",
            "NET_60, 2026-01-31, 2026-04-01",
            "EOM_45, 2026-01-31, 2026-03-31",
            "NET_30, 2028-02-29, 2028-03-30",
            "NET_60, 2028-02-29, 2028-04-29",
            "EOM_45, 2028-02-29, 2028-04-30",
            "NET_30, 2026-12-31, 2027-01-30",
            "NET_60, 2026-12-31, 2027-03-01",
            "EOM_45, 2026-12-31, 2027-02-28",
            "EOM_45, 2027-12-31, 2028-02-29",
            "EOM_45, 2026-01-15, 2026-03-31",
            "NET_30, 2028-01-30, 2028-02-29"})
    void dueDatesAroundMonthEnds(PaymentTerms terms, LocalDate issuedOn, LocalDate dueOn) {
        assertThat(terms.dueOn(issuedOn)).isEqualTo(dueOn);
    }
}
