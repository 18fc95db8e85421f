package relais.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.billing.InvoicedAmounts;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.BuyoutFee;
import relais.guard.BuyoutFeeInputs;
import relais.guard.GuardManagement;
import relais.shared.ParisCalendar;
import relais.guard.ProtectedClient;
import relais.guard.VerdictKind;
import relais.report.internal.BuyoutRows;
import relais.shared.ConflictException;
import relais.shared.FieldProblem;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.Money;
import relais.shared.NotFoundException;

/**
 * Quoting a buy-out: the default fee is the policy's formula (commission rate × freelancer amount invoiced to that
 * company over the previous 12 months, read from the self-billed invoices × remaining protection days / 365), shown with its inputs. Quoted on a case,
 * the case records it and the freelancer is told.
 */
@Service
public class BuyoutQuotes {

    private final BuyoutRows buyouts;
    private final Cases cases;
    private final GuardManagement guard;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final InvoicedAmounts invoiced;
    private final Clock clock;
    private final BigDecimal commissionRate;

    BuyoutQuotes(BuyoutRows buyouts, Cases cases, GuardManagement guard, CompanyManagement companies,
            FreelancerManagement freelancers, InvoicedAmounts invoiced, Clock clock,
            @Value("${relais.commission-rate:0.15}") BigDecimal commissionRate) {
        this.buyouts = buyouts;
        this.cases = cases;
        this.guard = guard;
        this.companies = companies;
        this.freelancers = freelancers;
        this.invoiced = invoiced;
        this.clock = clock;
        this.commissionRate = commissionRate;
    }

    /**
     * Quotes a buy-out of a case's relationship, on {@code requestedOn} or today; the case records it. A report about
     * an address nobody has names nobody to buy out.
     */
    @Transactional
    public Buyout quoteForCase(RelaisUser manager, ReportId id, LocalDate requestedOn) {
        var report = cases.lock(id);
        if (report.personId() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("personId", "this report names no known person",
                    "report.validation.noPerson", null)));
        }
        LocalDate on = requestedOn == null ? ParisCalendar.today(clock) : requestedOn;
        return quote(manager, new BuyoutRequest(report.freelancerId().toString(), report.personId().toString(), null, on), id);
    }

    /** Quotes a buy-out; on a case ({@code reportId} not null), the case records it and its freelancer is told. */
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
                inputs.protectionMonths(), inputs.remainingDays(), BuyoutFee.fee(inputs), null, null, null, Money.EUR,
                BuyoutStatus.QUOTED, null, null, reportId == null ? null : reportId.value());
        buyouts.insert(buyout);
        if (reportId != null) {
            var by = Actor.of(requester);
            cases.saved(cases.lock(reportId).record(by, CaseEntry.of(by, EventKind.BUYOUT_QUOTED, null,
                    Map.of("buyout", buyout.id().toString(), "fee", buyout.fee().amount().toPlainString())),
                    clock.instant()),
                    report -> new BuyoutQuoted(reportId, report.freelancerId(), buyout.fee().amount(), buyout.currency()));
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
            throw new ConflictException("personId", "report.conflict.personFree",
                    "This person is not protected on " + on + ": there is nothing to buy out", on);
        }
        return guard.buyoutInputs(freelancer, person, on, commissionRate, invoiced);
    }

    /** A whole company: the protection bought runs to the latest end among its protected people. */
    private BuyoutFeeInputs companyInputs(FreelancerId freelancer, CompanyId company, LocalDate on, BigDecimal invoiced) {
        List<ProtectedClient> atCompany = guard.protectedClients(freelancer, on).stream()
                .filter(client -> client.company() != null && client.company().id().equals(company.toString()))
                .toList();
        if (atCompany.isEmpty()) {
            throw new ConflictException("companyId", "report.conflict.companyFree",
                    "Nobody at this company is protected on " + on + ": there is nothing to buy out", on);
        }
        var longest = atCompany.stream().max(Comparator.comparing((ProtectedClient c) -> c.openEnded())
                .thenComparing(c -> c.protectedUntil() == null ? LocalDate.MAX : c.protectedUntil())).orElseThrow();
        return guard.buyoutInputs(freelancer, new PersonId(UUID.fromString(longest.person().id())), on, commissionRate, invoiced);
    }

    /**
     * The freelancer's self-billed invoices for that company in the 12 months up to the request, net of credit notes:
     * from the same date a year earlier through the request's day, so a month validated that morning counts.
     */
    BigDecimal invoicedOverPreviousYear(FreelancerId freelancer, CompanyId company, LocalDate on) {
        return invoiced.selfBilledNet(freelancer, company, on.minusMonths(12), on.plusDays(1));
    }
}
