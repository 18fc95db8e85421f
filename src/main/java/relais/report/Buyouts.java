package relais.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.BuyoutFee;
import relais.guard.BuyoutFeeInputs;
import relais.guard.GuardManagement;
import relais.guard.ProtectedClient;
import relais.guard.ReleaseKind;
import relais.guard.ReleaseRequest;
import relais.guard.VerdictKind;
import relais.mission.Mission;
import relais.mission.MissionManagement;
import relais.mission.MissionStatus;
import relais.report.internal.BuyoutRows;
import relais.report.internal.CaseMessages;
import relais.report.internal.CaseNotifier;
import relais.report.internal.ReportEventRows;
import relais.shared.ConflictException;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.Money;
import relais.shared.MoneyFormat;
import relais.shared.MoneyInput;
import relais.shared.NotFoundException;

/**
 * Buy-outs: the default fee is the policy's formula (commission rate × freelancer amount invoiced to that company
 * over the previous 12 months × remaining protection days / 365), shown with its inputs; an account manager may
 * override it with a reason; once paid, a BUYOUT release takes effect that day.
 */
@Service
public class Buyouts {

    private final BuyoutRows buyouts;
    private final ReportEventRows history;
    private final GuardManagement guard;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final MissionManagement missions;
    private final CaseNotifier notifier;
    private final CaseMessages messages;
    private final ReportManagement reports;
    private final BigDecimal commissionRate;

    Buyouts(BuyoutRows buyouts, ReportEventRows history, GuardManagement guard, CompanyManagement companies,
            FreelancerManagement freelancers, MissionManagement missions, CaseNotifier notifier, CaseMessages messages, ReportManagement reports,
            @Value("${relais.commission-rate:0.15}") BigDecimal commissionRate) {
        this.buyouts = buyouts;
        this.history = history;
        this.guard = guard;
        this.companies = companies;
        this.freelancers = freelancers;
        this.missions = missions;
        this.notifier = notifier;
        this.messages = messages;
        this.reports = reports;
        this.commissionRate = commissionRate;
    }

    @Transactional
    public Buyout quote(RelaisUser requester, BuyoutRequest request, ReportId reportId) {
        var check = new InputCheck();
        UUID freelancerId = check.field("freelancerId", () -> Ids.parseField(request.freelancerId()));
        boolean hasPerson = request.personId() != null && !request.personId().isBlank();
        boolean hasCompany = request.companyId() != null && !request.companyId().isBlank();
        if (hasPerson == hasCompany) {
            check.problem(hasPerson ? "companyId" : "personId", "report.validation.buyout.who",
                    "give either personId or companyId (exactly one)");
        }
        UUID personId = hasPerson ? check.field("personId", () -> Ids.parseField(request.personId())) : null;
        UUID companyId = hasCompany ? check.field("companyId", () -> Ids.parseField(request.companyId())) : null;
        check.date("requestedOn", check.required("requestedOn", request.requestedOn()));
        check.throwIfInvalid();
        var freelancer = new FreelancerId(freelancerId);
        if (requester.isClient()) {
            clientMayQuote(requester, freelancer, personId, companyId);
        }
        if (freelancers.freelancer(freelancer).isEmpty()) {
            throw NotFoundException.of("freelancer", freelancerId);
        }
        CompanyId company = hasPerson
                ? companies.person(new PersonId(personId)).orElseThrow(() -> NotFoundException.of("person", personId)).companyId()
                : companies.company(new CompanyId(companyId)).orElseThrow(() -> NotFoundException.of("company", companyId)).id();
        LocalDate on = request.requestedOn();
        BigDecimal invoiced = invoicedOverPreviousYear(freelancer, company, on);
        BuyoutFeeInputs inputs = hasPerson
                ? personInputs(freelancer, new PersonId(personId), on, invoiced)
                : companyInputs(freelancer, company, on, invoiced);
        var buyout = new Buyout(UUID.randomUUID(), freelancer, personId, hasCompany ? companyId : null, on,
                requester.id().value(), inputs.commissionRate(), invoiced, inputs.protectedUntil(), inputs.openEnded(),
                inputs.protectionMonths(), inputs.remainingDays(), BuyoutFee.fee(inputs), null, null, "EUR",
                BuyoutStatus.QUOTED, null, null, reportId == null ? null : reportId.value());
        buyouts.insert(buyout);
        if (reportId != null) {
            var report = reports.lockedCase(reportId);
            reports.managerActed(report, requester, EventKind.BUYOUT_QUOTED, null, null, null,
                    Map.of("buyout", buyout.id().toString(), "fee", buyout.fee().amount().toPlainString()));
            notifier.tell(report, "report.notify.BUYOUT_QUOTED.title", "report.notify.BUYOUT_QUOTED.body",
                    locale -> new Object[] {MoneyFormat.format(buyout.fee(), locale)});
        }
        return buyout;
    }

    /**
     * A client user quotes only for their own company (or one of its people) and a freelancer it works with. Every
     * other case (unknown freelancer, person or company, someone elsewhere, a freelancer the company never worked
     * with) is one and the same 404, so the answer never tells whether a freelancer or a person exists.
     */
    private void clientMayQuote(RelaisUser client, FreelancerId freelancer, UUID personId, UUID companyId) {
        CompanyId own = new CompanyId(client.companyId());
        boolean ours = personId != null
                ? companies.person(new PersonId(personId)).map(p -> p.companyId().equals(own)).orElse(false)
                : own.value().equals(companyId);
        if (!ours || !guard.worksWith(freelancer, own)) {
            throw new NotFoundException("No such freelancer and person or company for your company");
        }
    }

    private BuyoutFeeInputs personInputs(FreelancerId freelancer, PersonId person, LocalDate on, BigDecimal invoiced) {
        var verdict = guard.verdictFor(freelancer, person, on);
        if (verdict.kind() != VerdictKind.PROTECTED) {
            throw new ConflictException("personId", "This person is not protected on " + on + ": there is nothing to buy out");
        }
        return guard.buyoutInputs(freelancer, person, on, commissionRate, invoiced);
    }

    /** A whole company: the protection bought runs to the latest end among its protected people. */
    private BuyoutFeeInputs companyInputs(FreelancerId freelancer, CompanyId company, LocalDate on, BigDecimal invoiced) {
        List<ProtectedClient> atCompany = guard.protectedClients(freelancer, on).stream()
                .filter(client -> client.company() != null && client.company().id().equals(company.toString()))
                .toList();
        if (atCompany.isEmpty()) {
            throw new ConflictException("companyId", "Nobody at this company is protected on " + on + ": there is nothing to buy out");
        }
        var longest = atCompany.stream().max(Comparator.comparing((ProtectedClient c) -> c.openEnded())
                .thenComparing(c -> c.protectedUntil() == null ? LocalDate.MAX : c.protectedUntil())).orElseThrow();
        return guard.buyoutInputs(freelancer, new PersonId(UUID.fromString(longest.person().id())), on, commissionRate, invoiced);
    }

    /**
     * Until billing exists, what was invoiced is read from the missions: day rate × days, spread evenly over each
     * mission's dates, counted for the part that falls in the 12 months before the request.
     */
    BigDecimal invoicedOverPreviousYear(FreelancerId freelancer, CompanyId company, LocalDate on) {
        LocalDate from = on.minusMonths(12);
        BigDecimal total = BigDecimal.ZERO;
        for (Mission mission : missions.missionsOf(freelancer)) {
            if (!mission.companyId().equals(company) || mission.plannedAmount() == null) {
                continue;
            }
            LocalDate start = mission.startOn();
            LocalDate end = mission.status() == MissionStatus.CANCELLED && mission.cancelledOn() != null
                    ? mission.cancelledOn() : mission.endOn();
            if (end == null || end.isBefore(start)) {
                continue;
            }
            total = total.add(share(mission.plannedAmount().amount(), start, end, from, on.minusDays(1)));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal share(BigDecimal amount, LocalDate start, LocalDate end, LocalDate windowStart, LocalDate windowEnd) {
        LocalDate overlapStart = start.isAfter(windowStart) ? start : windowStart;
        LocalDate overlapEnd = end.isBefore(windowEnd) ? end : windowEnd;
        if (overlapEnd.isBefore(overlapStart)) {
            return BigDecimal.ZERO;
        }
        long missionDays = ChronoUnit.DAYS.between(start, end) + 1;
        long overlapDays = ChronoUnit.DAYS.between(overlapStart, overlapEnd) + 1;
        return amount.multiply(BigDecimal.valueOf(overlapDays)).divide(BigDecimal.valueOf(missionDays), 2, RoundingMode.HALF_UP);
    }

    /**
     * Sets the fee by hand. The amount is read as written in the given language ({@link MoneyInput}); the API passes
     * {@link Locale#ROOT}, its plain writing. Zero is allowed: a manager may waive the fee, with a reason.
     */
    @Transactional
    public Buyout override(UUID id, RelaisUser manager, String amount, Locale writtenIn, String reason) {
        var buyout = buyouts.lock(id).orElseThrow(() -> NotFoundException.of("buy-out", id));
        if (buyout.status() == BuyoutStatus.PAID) {
            throw new ConflictException("This buy-out is already paid");
        }
        var check = new InputCheck();
        Money typed = check.field("fee", () -> MoneyInput.parse(amount, writtenIn));
        BigDecimal fee = typed == null ? null : typed.amount();
        if (reason == null || reason.isBlank()) {
            check.problem("reason", "report.validation.buyout.reason", "a reason is required to change the amount");
        }
        check.text("reason", reason, 5000, true);
        check.throwIfInvalid();
        buyouts.override(id, fee, reason.trim(), manager.id().value());
        if (buyout.reportId() != null) {
            history.append(new ReportId(buyout.reportId()), manager.id().value(), manager.displayName(), EventKind.BUYOUT_QUOTED,
                    reason.trim(), null, null, Map.of("buyout", id.toString(), "fee", fee.toPlainString(), "override", true));
        }
        return buyouts.byId(id).orElseThrow();
    }

    @Transactional
    public Buyout markPaid(UUID id, RelaisUser manager, LocalDate on) {
        return pay(id, manager, on).buyout();
    }

    /** A paid buy-out and who else it freed (people referred through the person bought out, other open cases). */
    public record Paid(Buyout buyout, Freed freed) {
    }

    @Transactional
    public Paid pay(UUID id, RelaisUser manager, LocalDate on) {
        var buyout = buyouts.lock(id).orElseThrow(() -> NotFoundException.of("buy-out", id));
        if (on == null) {
            throw new relais.shared.InvalidInputException("on", "is required");
        }
        var check = new InputCheck();
        check.date("on", on);
        check.throwIfInvalid();
        if (buyout.status() == BuyoutStatus.PAID) {
            throw new ConflictException("This buy-out was already paid on " + buyout.paidOn());
        }
        var before = reports.protectedPeople(buyout.freelancerId(), on);
        var release = guard.recordRelease(new ReleaseRequest(buyout.freelancerId().toString(),
                buyout.personId() == null ? null : buyout.personId().toString(),
                buyout.companyId() == null ? null : buyout.companyId().toString(), ReleaseKind.BUYOUT, on, null),
                manager.id().value(), manager.displayName());
        Freed freed = reports.freedBesides(buyout.freelancerId(), buyout.personId(), on, before,
                buyout.reportId() == null ? null : new ReportId(buyout.reportId()));
        buyouts.markPaid(id, on, release.id());
        if (buyout.reportId() != null) {
            var reportId = new ReportId(buyout.reportId());
            var report = reports.reportOrThrow(reportId);
            history.append(reportId, manager.id().value(), manager.displayName(), EventKind.BUYOUT_PAID, null, null, null,
                    Map.of("buyout", id.toString(), "release", release.id(), "on", on.toString()));
            notifier.tell(report, "report.notify.BUYOUT_PAID.title", "report.notify.BUYOUT_PAID.body",
                    locale -> new Object[] {messages.date(on, locale)});
        }
        return new Paid(buyouts.byId(id).orElseThrow(), freed);
    }

    public Buyout visibleTo(RelaisUser user, UUID id) {
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
