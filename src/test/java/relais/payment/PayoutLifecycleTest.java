package relais.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import relais.billing.InvoiceId;
import relais.freelancer.FreelancerId;
import relais.shared.ConflictException;
import relais.shared.Money;

class PayoutLifecycleTest {

    static final LocalDate DUE = LocalDate.of(2027, 1, 29);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    static Payout waiting() {
        return Payout.waiting(new PayoutId(UUID.randomUUID()), new InvoiceId(UUID.randomUUID()), "AF-00001-2026-0001",
                new FreelancerId(UUID.randomUUID()), Money.euros("1200.00"), DUE);
    }

    static InvoiceId feeInvoice() {
        return new InvoiceId(UUID.randomUUID());
    }

    @Test
    void aPayoutGoesFromWaitingToPayableToSentToPaid() {
        var transfer = new TransferId(UUID.randomUUID());
        var payout = waiting().payable(TODAY).sent(transfer).paid(TODAY.plusDays(2));

        assertThat(payout.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(payout.payableSince()).isEqualTo(TODAY);
        assertThat(payout.transferId()).isEqualTo(transfer);
        assertThat(payout.paidOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(payout.amount()).isEqualTo(Money.euros("1200.00"));
    }

    @Test
    void noStepMayBeSkippedOrTakenTwice() {
        var transfer = new TransferId(UUID.randomUUID());
        assertThatThrownBy(() -> waiting().sent(transfer)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "payment.out.conflict.send");
        assertThatThrownBy(() -> waiting().paid(TODAY)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "payment.out.conflict.paid");
        assertThatThrownBy(() -> waiting().payable(TODAY).payable(TODAY)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "payment.out.conflict.payable");
        assertThatThrownBy(() -> waiting().payable(TODAY).sent(transfer).sent(transfer))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> waiting().payable(TODAY).paid(TODAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anEarlyPaymentTakesTheFeeOffAndMakesThePayoutPayableAtOnce() {
        var fee = feeInvoice();
        var payout = waiting().paidEarly(Money.euros("36.00"), fee, NOW, TODAY, LocalDate.of(2026, 12, 3));

        assertThat(payout.status()).isEqualTo(PayoutStatus.PAYABLE);
        assertThat(payout.amount()).isEqualTo(Money.euros("1164.00"));
        assertThat(payout.gross()).isEqualTo(Money.euros("1200.00"));
        assertThat(payout.earlyPaymentFee()).isEqualTo(Money.euros("36.00"));
        assertThat(payout.feeInvoiceId()).isEqualTo(fee);
        assertThat(payout.dueOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(payout.payableSince()).isEqualTo(TODAY);
        assertThat(payout.mayBePaidEarly()).isFalse();
    }

    @Test
    void aPayablePayoutNotYetSentMayStillBePaidEarly() {
        var payable = waiting().payable(TODAY.minusDays(3));
        assertThat(payable.mayBePaidEarly()).isTrue();

        var early = payable.paidEarly(Money.euros("36.00"), feeInvoice(), NOW, TODAY, TODAY.plusDays(2));
        assertThat(early.payableSince()).as("payable since the client paid").isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void anEarlyPaymentIsRefusedTwiceOrOnceThePayoutLeftInATransfer() {
        var early = waiting().paidEarly(Money.euros("36.00"), feeInvoice(), NOW, TODAY, TODAY.plusDays(2));
        assertThatThrownBy(() -> early.paidEarly(Money.euros("34.92"), feeInvoice(), NOW, TODAY, TODAY))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "payment.out.conflict.early.twice");

        var sent = waiting().payable(TODAY).sent(new TransferId(UUID.randomUUID()));
        assertThat(sent.mayBePaidEarly()).isFalse();
        assertThatThrownBy(() -> sent.paidEarly(Money.euros("36.00"), feeInvoice(), NOW, TODAY, TODAY))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "payment.out.conflict.early.sent");
        var paid = sent.paid(TODAY);
        assertThatThrownBy(paid::requireMayBePaidEarly).isInstanceOf(ConflictException.class);
    }

    @Test
    void anEarlyPaidPayoutIsNoLongerWaitingForTheClient() {
        var early = waiting().paidEarly(Money.euros("36.00"), feeInvoice(), NOW, TODAY, TODAY.plusDays(2));
        assertThatThrownBy(() -> early.payable(TODAY)).isInstanceOf(ConflictException.class);
    }
}
