package relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayCountsTest {

    @ParameterizedTest(name = "{0} days in {1}: {2}")
    @CsvSource(textBlock = """
            2.5,    fr, '2,5'
            2.5,    en, 2.5
            20.0,   fr, 20
            1000,   fr, 1000
            1000.5, en, 1000.5
            0.5,    fr, '0,5'
            """)
    void daysAreWrittenAsThePageLanguageWritesThemAndWithoutGroupingSoAFieldReadsThemBack(String days, String language,
            String expected) {
        assertThat(DayCounts.of(new BigDecimal(days), Locale.of(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"fr", "en"})
    void noDaysIsAnEmptyField(String language) {
        assertThat(DayCounts.of(null, Locale.of(language))).isEmpty();
    }
}
