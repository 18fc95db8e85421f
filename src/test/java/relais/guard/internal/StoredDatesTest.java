package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever PostgreSQL writes for a date column into the facts document, the guard reads a usable day. */
class StoredDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2025-06-30, 2025-06-30",
            "0001-01-01 BC, 1900-01-01",
            "4713-11-24 BC, 1900-01-01",
            "-infinity, 1900-01-01",
            "infinity, 2199-12-31",
            "10000-01-01, 2199-12-31",
            "294276-12-31, 2199-12-31",
            "1850-03-01, 1900-01-01",
            "2250-03-01, 2199-12-31",
            "not a date, 1900-01-01"})
    void readsAnyStoredValueAsADayWithinThePlatformsYears(String stored, String read) {
        assertThat(StoredDates.read(stored)).isEqualTo(LocalDate.parse(read));
    }

    @org.junit.jupiter.api.Test
    void aMissingDateStaysMissing() {
        assertThat(StoredDates.read(null)).isNull();
    }
}
