package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import relais.shared.web.FormValues;

class DatesFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void aTypedDayIsWithinThePlatformsDaysOrRefusedWithAMessageCode(FuzzedDataProvider data) {
        boolean inAForm = data.consumeBoolean();
        String typed = data.consumeRemainingAsString();
        if (inAForm) {
            var form = new FormValues();
            LocalDate day = form.date("day", typed);
            form.number("days", typed);
            assertThat(day == null || PlatformDates.contains(day)).isTrue();
            try {
                form.throwIfInvalid();
            } catch (InvalidInputException refused) {
                assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.code()).isNotNull());
            }
            return;
        }
        try {
            assertThat(PlatformDates.contains(Dates.parse(typed))).isTrue();
        } catch (InvalidValueException refused) {
            assertThat(refused.code()).startsWith("validation.");
        }
    }
}
