package relais.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.guard.GuardManagement;
import relais.guard.ReleaseKind;
import relais.guard.ReleaseRequest;
import relais.report.internal.BuyoutRows;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.Money;
import relais.shared.MoneyInput;
import relais.shared.NotFoundException;

/**
 * A quoted buy-out afterwards: an account manager may override its fee with a reason until it is paid; once paid,
 * a BUYOUT release takes effect that day. Who may read one: managers, and client users of the company it is about.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Buyouts {

    private final BuyoutRows buyouts;
    private final Cases cases;
    private final FreedCases freedCases;
    private final GuardManagement guard;
    private final CompanyManagement companies;

    /**
     * Sets the fee by hand. The amount is read as written in the given language ({@link MoneyInput}); the API passes
     * {@link Locale#ROOT}, its plain writing. Zero is allowed: a manager may waive the fee, with a reason.
     */
    @Transactional
    public Buyout override(BuyoutId buyoutId, RelaisUser manager, String amount, Locale writtenIn, String reason) {
        UUID id = buyoutId.value();
        var buyout = buyouts.lock(id).orElseThrow(() -> NotFoundException.of("buy-out", id));
        buyout.requireUnpaid(); // before the input is judged
        var check = new InputCheck();
        Money typed = check.field("fee", () -> MoneyInput.parse(amount, writtenIn));
        BigDecimal fee = typed == null ? null : typed.amount();
        if (reason == null || reason.isBlank()) {
            check.problem("reason", "report.validation.buyout.reason", "a reason is required to change the amount");
        }
        check.text("reason", reason, 5000, true);
        check.throwIfInvalid();
        var changed = buyout.override(fee, reason.trim(), manager.id().value());
        buyouts.update(changed);
        if (buyout.reportId() != null) {
            var by = Actor.of(manager);
            cases.saved(cases.lock(new ReportId(buyout.reportId())).buyoutRecorded(CaseEntry.of(by, EventKind.BUYOUT_QUOTED,
                    reason.trim(), Map.of("buyout", id.toString(), "fee", fee.toPlainString(), "override", true))));
        }
        return changed;
    }

    /** A paid buy-out and who else it freed (people referred through the person bought out, other open cases). */
    public record Paid(Buyout buyout, Freed freed) {
    }

    @Transactional
    public Paid pay(BuyoutId buyoutId, RelaisUser manager, LocalDate on) {
        UUID id = buyoutId.value();
        var buyout = buyouts.lock(id).orElseThrow(() -> NotFoundException.of("buy-out", id));
        if (on == null) {
            throw new InvalidInputException("on", "is required");
        }
        var check = new InputCheck();
        check.date("on", on);
        check.throwIfInvalid();
        var before = freedCases.protectedPeople(buyout.freelancerId(), on);
        var paid = buyout.pay(on, () -> guard.recordRelease(new ReleaseRequest(buyout.freelancerId().toString(),
                buyout.personId() == null ? null : buyout.personId().toString(),
                buyout.companyId() == null ? null : buyout.companyId().toString(), ReleaseKind.BUYOUT, on, null),
                manager.id().value(), manager.displayName()).id());
        ReportId reportId = buyout.reportId() == null ? null : new ReportId(buyout.reportId());
        Freed freed = freedCases.besides(buyout.freelancerId(), buyout.personId(), on, before, reportId);
        buyouts.update(paid);
        if (reportId != null) {
            cases.saved(cases.lock(reportId).buyoutRecorded(CaseEntry.of(Actor.of(manager),
                    EventKind.BUYOUT_PAID, null, Map.of("buyout", id.toString(), "release", paid.releaseId(),
                            "on", on.toString()))),
                    report -> new BuyoutPaid(reportId, report.freelancerId(), on));
        }
        return new Paid(paid, freed);
    }

    public Buyout visibleTo(RelaisUser user, BuyoutId buyoutId) {
        UUID id = buyoutId.value();
        var buyout = buyouts.byId(id).orElseThrow(() -> NotFoundException.of("buy-out", id));
        if (user.isAccountManager()) {
            return buyout;
        }
        if (user.isClient()) {
            CompanyId company = buyout.companyId() != null ? new CompanyId(buyout.companyId())
                    : companies.personOrThrow(new PersonId(buyout.personId())).companyId();
            if (company.value().equals(user.companyId())) {
                return buyout;
            }
        }
        throw NotFoundException.of("buy-out", id);
    }
}
