package relais.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import relais.billing.internal.FreelancerCodes;
import relais.billing.internal.InvoiceNumbers;
import relais.billing.internal.InvoiceRows;
import relais.company.Company;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerManagement;
import relais.freelancer.VatStatus;
import relais.mission.Mission;
import relais.mission.MissionManagement;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.MissingFieldsException;

/**
 * Issues invoices and credit notes inside the caller's transaction: locks the series counters (the freelancer's
 * first, then the platform's, always in that order), refuses a date before the latest invoice of a series, takes
 * the numbers and writes the documents. Nothing here commits: a rollback takes everything back, numbers included
 * (a refused date too: the freelancer's number taken before the platform's counter is checked goes back with it).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvoiceIssuer {

    /**
     * The ids a validation's two invoices will bear, chosen before they are issued so that the validation's event
     * (published before the counters are taken) can name them.
     */
    record Ids(InvoiceId client, InvoiceId selfBilled) {

        static Ids fresh() {
            return new Ids(newId(), newId());
        }
    }

    static final String CLIENT_SERIES = "F";
    static final String CREDIT_SERIES = "AV";

    private final InvoiceRows invoices;
    private final InvoiceNumbers numbers;
    private final FreelancerCodes codes;
    private final FreelancerManagement freelancers;
    private final MissionManagement missions;
    private final PlatformIdentity platform;
    private final ApplicationEventPublisher events;

    /**
     * The client's invoice (F) and the freelancer's self-billed invoice (AF) of a validated report. Everything that
     * reads or checks comes first; the counters are taken last, the freelancer's then the platform's, because the
     * platform's F counter is one row every validation queues on until its transaction commits: holding it only for
     * the number, the insert and the commit is what lets validations of different companies overlap.
     */
    List<Invoice> issue(ActivityReport report, Mission mission, Company company, LocalDate on, Ids ids) {
        Freelancer freelancer = freelancers.freelancerOrThrow(mission.freelancerId());
        requireInvoiceable(freelancer, company);
        var clientRate = missions.clientDayRate(mission.id()).orElse(null);
        if (mission.dayRate() == null || clientRate == null) {
            throw new ConflictException(null, "billing.conflict.rate",
                    "The mission has no day rate: an account manager must set it before its activity can be invoiced.");
        }
        String ownSeries = "AF-" + codes.codeOf(freelancer.id());
        int year = on.getYear();
        var billing = new InvoiceDrafts.Billing(report.id(), mission.id(), freelancer.id(), company.id(),
                mission.title(), report.month(), report.days(), mission.dayRate(), clientRate,
                freelancer.vatStatus() == VatStatus.LIABLE, freelancerParty(freelancer),
                freelancer.bankAccount() == null ? null : freelancer.bankAccount().iban(), companyParty(company),
                platform.party(), platform.iban(), report.purchaseOrder(), report.periodFrom(mission),
                report.periodTo(mission), on, company.paymentTerms().dueOn(on));
        InvoiceId clientId = ids.client();
        InvoiceId ownId = ids.selfBilled();
        // One statement per series locks its counter, takes the number and reads the series' latest date; a date
        // before either is refused once both are known (the rollback gives both numbers back).
        var own = numbers.take(ownSeries, year, on);
        var selfBilled = InvoiceDrafts.selfBilled(ownId, ownSeries + "-%d-%04d".formatted(year, own.number()), billing);
        invoices.insert(selfBilled, ownSeries, year, own.number(), null);

        var platform = numbers.take(CLIENT_SERIES, year, on);
        requireNotBefore(on, own.latestBefore(), platform.latestBefore());
        var client = InvoiceDrafts.client(clientId, CLIENT_SERIES + "-%d-%05d".formatted(year, platform.number()), billing);
        invoices.insert(client, CLIENT_SERIES, year, platform.number(), null);
        return List.of(client, selfBilled);
    }

    /**
     * The two credit notes cancelling a report's invoices, dated {@code on}; the invoices become CANCELLED. Refused
     * when one of them is paid, even partly.
     */
    List<Invoice> credit(ActivityReport report, LocalDate on) {
        var originals = invoices.ofReportLocked(report.id());
        if (originals.size() != 2) {
            throw new IllegalStateException("a validated report has exactly two invoices; " + report.id() + " has "
                    + originals.size());
        }
        var cancelled = originals.stream().map(Invoice::cancelled).toList();
        Invoice client = originals.stream().filter(i -> i.kind() == InvoiceKind.CLIENT).findFirst().orElseThrow();
        Invoice own = originals.stream().filter(i -> i.kind() == InvoiceKind.SELF_BILLED).findFirst().orElseThrow();
        String ownSeries = own.number().substring(0, own.number().length() - "-YYYY-NNNN".length());
        int year = on.getYear();
        numbers.lock(ownSeries, year);
        numbers.lock(CREDIT_SERIES, year);
        int ownNumber = numbers.next(ownSeries, year, on);
        int creditNumber = numbers.next(CREDIT_SERIES, year, on);
        var clientNote = InvoiceDrafts.creditNote(newId(), CREDIT_SERIES + "-%d-%05d".formatted(year, creditNumber),
                client, on);
        var ownNote = InvoiceDrafts.creditNote(newId(), ownSeries + "-%d-%04d".formatted(year, ownNumber), own, on);
        invoices.insert(clientNote, CREDIT_SERIES, year, creditNumber, client.id());
        invoices.insert(ownNote, ownSeries, year, ownNumber, own.id());
        cancelled.forEach(invoices::updateStatus);
        issued(clientNote);
        issued(ownNote);
        return List.of(clientNote, ownNote);
    }

    private static void requireNotBefore(LocalDate on, Optional<LocalDate> latestOwn, Optional<LocalDate> latestClient) {
        LocalDate latest = later(latestOwn.orElse(null), latestClient.orElse(null));
        if (latest != null && on.isBefore(latest)) {
            var check = new InputCheck();
            check.problem("on", "billing.validation.on.series",
                    "must not be before " + latest + ", the date of the latest invoice in its series", latest);
            check.throwIfInvalid();
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static void requireInvoiceable(Freelancer freelancer, Company company) {
        var missingCompany = company.missingToBeInvoiced();
        if (!missingCompany.isEmpty()) {
            throw new MissingFieldsException("company.missing", "company.", missingCompany);
        }
        var missing = freelancer.missingToBeInvoiced();
        if (!missing.isEmpty()) {
            throw new MissingFieldsException("billing.freelancer.missing", "freelancer.", missing);
        }
    }

    private static Invoice.Party freelancerParty(Freelancer f) {
        return new Invoice.Party(f.fullName(), f.siret().siren(), f.siret().value(),
                f.vatNumber() == null ? null : f.vatNumber().value(), f.address(), f.email().value());
    }

    private static Invoice.Party companyParty(Company c) {
        return new Invoice.Party(c.name(), c.siren().value(), c.siret() == null ? null : c.siret().value(),
                c.vatNumber() == null ? null : c.vatNumber().value(), c.billingAddress(),
                c.invoiceEmail() == null ? null : c.invoiceEmail().value());
    }

    private void issued(Invoice invoice) {
        events.publishEvent(new InvoiceIssued(invoice.id(), invoice.kind()));
    }

    private static InvoiceId newId() {
        return new InvoiceId(UUID.randomUUID());
    }
}
