package relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-30, fr, 30 novembre 2026",
            "2026-03-01, fr, 1er mars 2026",
            "2026-11-30, en, 30 November 2026",
            "2026-03-01, en, 1 March 2026"})
    void aDayIsWrittenOutInThePageLanguage(String iso, String language, String expected) {
        assertThat(PageDates.day(LocalDate.parse(iso), Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-30T07:44:00Z, fr, 30 novembre 2026 à 08:44",
            "2026-07-01T07:44:00Z, en, '1 July 2026, 09:44'"})
    void aMomentIsShownOnParisTime(String instant, String language, String expected) {
        assertThat(PageDates.moment(Instant.parse(instant), Locale.forLanguageTag(language))).isEqualTo(expected);
    }
}
