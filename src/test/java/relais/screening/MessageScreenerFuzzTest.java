package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

class MessageScreenerFuzzTest {

    private static final MessageScreener SCREENER = new MessageScreener();

    @FuzzTest(maxDuration = "2m")
    void anyMessageIsScreenedIntoFindingsThatQuoteIt(FuzzedDataProvider data) {
        String message = data.consumeRemainingAsString();
        Screening screening = SCREENER.screen(message);
        assertThat(screening.flagged()).isEqualTo(!screening.findings().isEmpty());
        assertThat(screening.findings()).allSatisfy(finding -> {
            assertThat(finding.end()).isLessThanOrEqualTo(message.length());
            assertThat(message.substring(finding.start(), finding.end())).isEqualTo(finding.text());
        });
    }
}
