package relais.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import relais.freelancer.FreelancerId;
import relais.shared.ConflictException;

/** A buy-out's fee may change until it is paid, and it is paid once: the release it buys is recorded once. */
class BuyoutStepsTest {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 12, 1);
    private static final UUID MANAGER = UUID.randomUUID();

    private static Buyout quoted() {
        return new Buyout(UUID.randomUUID(), new FreelancerId(UUID.randomUUID()), UUID.randomUUID(), null,
                LocalDate.of(2026, 11, 20), MANAGER, new BigDecimal("0.15"), new BigDecimal("20000.00"),
                LocalDate.of(2027, 6, 30), false, 12, 222, new BigDecimal("1824.66"), null, null, null, "EUR",
                BuyoutStatus.QUOTED, null, null, null);
    }

    @Test
    void aQuotedFeeIsOverriddenWithItsReasonAndWho() {
        var changed = quoted().override(new BigDecimal("1500.00"), "Accord commercial", MANAGER);
        assertThat(changed.fee().amount()).isEqualByComparingTo("1500.00");
        assertThat(changed.computedFee()).isEqualByComparingTo("1824.66");
        assertThat(changed.overrideReason()).isEqualTo("Accord commercial");
        assertThat(changed.overriddenBy()).isEqualTo(MANAGER);
        assertThat(changed.isPaid()).isFalse();
    }

    @Test
    void aQuoteIsPaidOnceAndItsReleaseRecordedThen() {
        var releases = new AtomicInteger();
        var paid = quoted().pay(PAID_ON, () -> "release-" + releases.incrementAndGet());
        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.paidOn()).isEqualTo(PAID_ON);
        assertThat(paid.releaseId()).isEqualTo("release-1");

        assertThatThrownBy(() -> paid.pay(PAID_ON.plusDays(1), () -> "release-" + releases.incrementAndGet()))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("report.conflict.buyout.paidOn"));
        assertThat(releases).hasValue(1);
    }

    @Test
    void aPaidBuyOutsFeeNoLongerChanges() {
        var paid = quoted().pay(PAID_ON, () -> "release-1");
        assertThatThrownBy(() -> paid.override(BigDecimal.TEN, "trop tard", MANAGER))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("report.conflict.buyout.paid"));
        assertThatThrownBy(paid::requireUnpaid).isInstanceOf(ConflictException.class);
    }
}
