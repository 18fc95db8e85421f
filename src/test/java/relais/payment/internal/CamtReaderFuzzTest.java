package relais.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import relais.shared.InvalidInputException;
import relais.shared.PlatformDates;

class CamtReaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void aBankStatementIsReadIntoBookedCreditsWithinThePlatformsDaysOrRefusedOnTheDocument(byte[] document) {
        try {
            var statements = CamtReader.read(document);
            assertThat(statements).allSatisfy(statement -> assertThat(statement.lines()).allSatisfy(line -> {
                assertThat(line.amount().amount()).isPositive();
                assertThat(PlatformDates.contains(line.bookedOn())).isTrue();
            }));
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.field()).isEqualTo("document"));
        }
    }
}
