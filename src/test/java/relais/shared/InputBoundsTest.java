package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The platform's days and the rules every typed text follows, as the services and the schema apply them. */
class InputBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "-0001-12-31", "+10000-01-01", "1899-12-31", "2200-01-01"})
    void aDateOutsideTheYears1900To2199IsRefusedWithItsOwnMessage(String raw) {
        LocalDate date = LocalDate.parse(raw);
        var check = new InputCheck();
        check.date("on", date);

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("on");
            assertThat(p.code()).isEqualTo("validation.date.range");
            assertThat(p.message()).isEqualTo("must be between 1 January 1900 and 31 December 2199");
        });
        assertThatThrownBy(() -> Dates.parse(raw)).isInstanceOf(InvalidValueException.class)
                .hasMessage("must be between 1 January 1900 and 31 December 2199");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2000-02-29", "2199-12-31"})
    void theBoundsThemselvesAreAccepted(String raw) {
        var check = new InputCheck();
        check.date("on", LocalDate.parse(raw));
        assertThat(check.isValid()).isTrue();
        assertThat(Dates.parse(raw)).isEqualTo(LocalDate.parse(raw));
    }

    @ParameterizedTest
    @CsvSource({"0000-01-01, 1900-01-01", "+10000-01-01, 2199-12-31", "2024-05-06, 2024-05-06"})
    void aStoredDateIsClampedToTheNearestPlatformDay(String stored, String read) {
        assertThat(PlatformDates.clamp(LocalDate.parse(stored))).isEqualTo(LocalDate.parse(read));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u001b[31mred", "bell\u0007", "del\u007f", "c1\u0085", "line\nbreak", "tab\there"})
    void aOneLineTextRefusesEveryControlCharacter(String value) {
        var check = new InputCheck();
        check.text("name", value, 200);

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.code()).isEqualTo("validation.text.control");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "win\r\nbreak", "tab\there", "Émilie d’Arc — 10 €"})
    void aMultiLineTextKeepsLineBreaksAndTabs(String value) {
        var check = new InputCheck();
        check.text("note", value, 5000, true);
        assertThat(check.isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u001b"})
    void aMultiLineTextStillRefusesOtherControlCharacters(String value) {
        var check = new InputCheck();
        check.text("note", value, 5000, true);
        assertThat(check.problems()).extracting(FieldProblem::code).containsExactly("validation.text.control");
    }

    @ParameterizedTest
    @CsvSource({"200, 201", "5000, 5001", "200, 1048576"})
    void aTextLongerThanItsLimitIsRefusedNamingTheLimit(int limit, int length) {
        var check = new InputCheck();
        check.text("name", "x".repeat(length), limit);

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("validation.text.tooLong");
            assertThat(p.args()).containsExactly(limit);
        });
        var exact = new InputCheck();
        exact.text("name", "x".repeat(limit), limit);
        assertThat(exact.isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b@example.fr", "ab@exa\u0001mple.fr"})
    void anEmailAddressWithAControlCharacterIsRefused(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("validation.text.control");
    }
}
