package relais.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import relais.guard.engine.Facts;

/** Default buy-out fee: rate × invoiced over 12 months × remaining protection days / 365, to the cent. */
class BuyoutFeeTest {

    @ParameterizedTest(name = "{0} × {1} × days to {3} from {2} = {4}")
    @CsvSource({
            "0.15, 36500.00, 2025-01-01, 2025-12-31, 5475.00",  // a full year left: 365 days
            "0.15, 36500.00, 2025-12-31, 2025-12-31, 15.00",    // last protected day: one day left
            "0.15, 10000.00, 2025-01-01, 2025-01-10, 41.10",    // 10 days: 41.0958… rounds up
            "0.15, 1000.00, 2025-01-01, 2025-01-03, 1.23",      // 3 days: 1.23287…
            "0.10, 3650.00, 2025-06-01, 2025-06-30, 30.00",
            "0.15, 7300.00, 2025-01-01, 2025-01-02, 6.00",      // 6.0 exactly
            "0.15, 1.00, 2025-01-01, 2025-01-01, 0.00",
    })
    void feeIsProportionalToTheDaysLeftAndRoundedHalfUp(BigDecimal rate, BigDecimal invoiced, LocalDate requestedOn,
                                                         LocalDate protectedUntil, BigDecimal expected) {
        BuyoutFeeInputs inputs = BuyoutFee.inputs(rate, invoiced, requestedOn, protectedUntil, 12);

        assertThat(BuyoutFee.fee(inputs)).isEqualTo(expected);
        assertThat(inputs.protectedUntil()).isEqualTo(protectedUntil);
        assertThat(inputs.openEnded()).isFalse();
    }

    @Test
    void halfACentRoundsUp() {
        // 0.5 × 0.73 × 365 / 365 = 0.365: exactly half a cent, which goes up
        BuyoutFeeInputs inputs = BuyoutFee.inputs(new BigDecimal("0.5"), new BigDecimal("0.73"), d("2025-01-01"),
                d("2025-12-31"), 12);

        assertThat(inputs.remainingDays()).isEqualTo(365);
        assertThat(BuyoutFee.fee(inputs)).isEqualTo(new BigDecimal("0.37"));
    }

    @Test
    void remainingDaysCountFromTheRequestToTheLastProtectedDayBothIncluded() {
        BuyoutFeeInputs inputs = BuyoutFee.inputs(new BigDecimal("0.15"), new BigDecimal("1000"), d("2024-02-28"),
                d("2024-03-01"), 12);

        assertThat(inputs.remainingDays()).isEqualTo(3); // 28 Feb, 29 Feb, 1 Mar
        assertThat(inputs.commissionRate()).isEqualByComparingTo("0.15");
        assertThat(inputs.invoicedLast12Months()).isEqualByComparingTo("1000");
        assertThat(inputs.requestedOn()).isEqualTo(d("2024-02-28"));
    }

    @Test
    void anOpenEndedProtectionCountsThePolicyLengthFromTheRequest() {
        BuyoutFeeInputs inputs = BuyoutFee.inputs(new BigDecimal("0.15"), new BigDecimal("36500"), d("2025-01-01"),
                (LocalDate) null, 12);

        assertThat(inputs.openEnded()).isTrue();
        assertThat(inputs.remainingDays()).isEqualTo(365);
        assertThat(BuyoutFee.fee(inputs)).isEqualTo(new BigDecimal("5475.00"));
    }

    @Test
    void inputsFromAVerdict() {
        Facts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice");
        Verdict protectedVerdict = facts.verdict("alice", "2025-06-01");
        Verdict freeVerdict = facts.verdict("alice", "2025-07-01");

        BuyoutFeeInputs protectedInputs = BuyoutFee.inputs(new BigDecimal("0.15"), new BigDecimal("36500"),
                d("2025-06-01"), protectedVerdict, 12);
        BuyoutFeeInputs freeInputs = BuyoutFee.inputs(new BigDecimal("0.15"), new BigDecimal("36500"),
                d("2025-07-01"), freeVerdict, 12);

        assertThat(protectedInputs.remainingDays()).isEqualTo(30);
        assertThat(BuyoutFee.fee(protectedInputs)).isEqualTo(new BigDecimal("450.00"));
        assertThat(freeInputs.remainingDays()).isZero();
        assertThat(BuyoutFee.fee(freeInputs)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aRequestAfterTheProtectionEndedLeavesNothingToBuy() {
        BuyoutFeeInputs inputs = BuyoutFee.inputs(new BigDecimal("0.15"), new BigDecimal("1000"), d("2025-02-01"),
                d("2025-01-31"), 12);

        assertThat(inputs.remainingDays()).isZero();
    }
}
