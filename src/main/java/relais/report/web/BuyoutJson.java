package relais.report.web;

import java.time.LocalDate;

import relais.report.Buyout;
import relais.shared.Money;
import relais.shared.MoneyJson;

/** A buy-out quote with everything its fee was computed from. */
record BuyoutJson(String id, String freelancerId, String personId, String companyId, String status, MoneyJson fee,
        Inputs inputs, MoneyJson overrideFee, String overrideReason, LocalDate paidOn, String releaseId) {

    record Inputs(String commissionRate, MoneyJson invoicedLast12Months, LocalDate requestedOn, LocalDate protectedUntil,
            boolean openEnded, int protectionMonths, long remainingDays, MoneyJson computedFee, String formula) {
    }

    static BuyoutJson of(Buyout b) {
        var inputs = new Inputs(b.commissionRate().stripTrailingZeros().toPlainString(),
                MoneyJson.of(new Money(b.invoicedAmount(), b.currency())), b.requestedOn(), b.protectedUntil(),
                b.openEnded(), b.protectionMonths(), b.remainingDays(), MoneyJson.of(new Money(b.computedFee(), b.currency())),
                "commissionRate × invoicedLast12Months × remainingDays / 365");
        return new BuyoutJson(b.id().toString(), b.freelancerId().toString(),
                b.personId() == null ? null : b.personId().toString(), b.companyId() == null ? null : b.companyId().toString(),
                b.status().name(), MoneyJson.of(b.fee()), inputs,
                b.overrideFee() == null ? null : MoneyJson.of(new Money(b.overrideFee(), b.currency())), b.overrideReason(),
                b.paidOn(), b.releaseId());
    }
}
