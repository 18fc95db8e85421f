package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class InputCheckTest {

    @Test
    void aRefusalWithoutAMessageStillNamesTheFieldWithAMessageCode() {
        var check = new InputCheck();
        assertThat(check.field("fee", () -> new BigDecimal(""))).isNull();
        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("fee");
            assertThat(problem.message()).isEqualTo("is not valid");
            assertThat(problem.code()).isEqualTo("validation.invalid");
        });
    }
}
