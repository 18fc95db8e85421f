package relais.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.billing.PayoutInvoices;
import relais.billing.PlatformIdentity;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerManagement;
import relais.payment.internal.PayoutRows;
import relais.payment.internal.SepaCreditTransferFile;
import relais.payment.internal.TransferRows;
import relais.shared.ConflictException;
import relais.shared.InputCheck;
import relais.shared.Money;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;
import relais.shared.PlatformDates;

/**
 * SEPA transfers of payable payouts (account managers only): one pain.001.001.09 file with every payable payout whose
 * freelancer has an IBAN, its payouts SENT; once the bank executed it, its payouts PAID and their self-billed invoices
 * settled. A payout whose freelancer has no IBAN stays PAYABLE, out of the file, until the profile has one: a transfer
 * to nowhere would come back rejected and leave the payout in limbo.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Transfers {

    /** A payable payout and the account it would be paid into (null when the freelancer has no IBAN). */
    public record PayablePayout(Payout payout, String freelancerName, String iban) {

        public boolean transferable() {
            return iban != null;
        }
    }

    /** A transfer just issued: its payouts, and the payable ones left out for want of an IBAN. */
    public record Issued(Transfer transfer, List<PayoutId> payoutIds, List<PayoutId> leftWithoutIban) {
    }

    private final PayoutRows payouts;
    private final TransferRows transfers;
    private final PayoutInvoices invoices;
    private final FreelancerManagement freelancers;
    private final PlatformIdentity platform;
    private final Clock clock;

    /** Every payout that the next transfer would carry, or leave out for want of an IBAN. */
    public List<PayablePayout> payable(RelaisUser user) {
        requireManager(user);
        return withAccounts(payouts.payable());
    }

    /** The latest transfers, newest first. */
    public List<Transfer> latest(RelaisUser user, int limit) {
        requireManager(user);
        return transfers.latest(limit);
    }

    public Transfer find(TransferId id, RelaisUser user) {
        requireManager(user);
        return transfers.byId(id).orElseThrow(() -> NotFoundException.of("transfer", id));
    }

    /** Issues one transfer with every payable payout that has an IBAN; 409 when there is none. */
    @Transactional
    public Issued issue(RelaisUser user) {
        requireManager(user);
        var candidates = withAccounts(payouts.payableLocked());
        var included = candidates.stream().filter(PayablePayout::transferable).toList();
        var left = candidates.stream().filter(p -> !p.transferable()).map(p -> p.payout().id()).toList();
        if (included.isEmpty()) {
            throw new ConflictException(null, "payment.out.conflict.transfer.none",
                    "No payout is payable to a freelancer with an IBAN: there is nothing to transfer.");
        }
        UUID uuid = UUID.randomUUID();
        var id = new TransferId(uuid);
        String hex = uuid.toString().replace("-", "");
        var issuedAt = clock.instant();
        LocalDate today = ParisCalendar.today(clock);
        var credits = new ArrayList<SepaCreditTransferFile.Credit>();
        for (var p : included) {
            credits.add(new SepaCreditTransferFile.Credit(p.payout().invoiceNumber(),
                    new SepaCreditTransferFile.Party(p.freelancerName(), p.iban()), p.payout().amount(),
                    p.payout().invoiceNumber()));
        }
        var order = new SepaCreditTransferFile.Order("RLS" + hex, "PMT" + hex,
                issuedAt.atZone(PlatformDates.PARIS).toOffsetDateTime(), today,
                new SepaCreditTransferFile.Party(platform.name(), platform.iban()), credits);
        var transfer = new Transfer(id, order.messageId(), credits.size(),
                new Money(order.controlSum(), credits.getFirst().amount().currency()), today, issuedAt, null);
        transfers.insert(transfer, user.id().value(), SepaCreditTransferFile.xml(order));
        included.forEach(p -> payouts.update(p.payout().sent(id)));
        return new Issued(transfer, included.stream().map(p -> p.payout().id()).toList(), left);
    }

    /** The transfer's pain.001 file, exactly as it was issued. */
    public String xml(TransferId id, RelaisUser user) {
        requireManager(user);
        return transfers.xml(id).orElseThrow(() -> NotFoundException.of("transfer", id));
    }

    /**
     * The bank executed the transfer on {@code on}: its payouts are PAID that day and their self-billed invoices
     * settled. Refused (409) for a transfer already confirmed; {@code on} must lie between the transfer's issue and
     * today.
     */
    @Transactional
    public Transfer executed(TransferId id, LocalDate on, RelaisUser user) {
        requireManager(user);
        var transfer = transfers.lockedById(id).orElseThrow(() -> NotFoundException.of("transfer", id));
        var check = new InputCheck();
        check.required("on", on);
        if (on != null) {
            check.date("on", on);
            LocalDate today = ParisCalendar.today(clock);
            LocalDate issuedOn = ParisCalendar.today(Clock.fixed(transfer.issuedAt(), PlatformDates.PARIS));
            if (!check.hasProblem("on") && on.isAfter(today)) {
                check.problem("on", "payment.out.validation.executed.future", "must not be after today (" + today + ")",
                        today);
            } else if (!check.hasProblem("on") && on.isBefore(issuedOn)) {
                check.problem("on", "payment.out.validation.executed.early",
                        "must not be before the transfer was issued (" + issuedOn + ")", issuedOn);
            }
        }
        check.throwIfInvalid();
        if (transfer.executedOn() != null) {
            throw new ConflictException(null, "payment.out.conflict.executed",
                    "This transfer was already confirmed as executed on " + transfer.executedOn() + ".",
                    transfer.executedOn());
        }
        for (var payout : payouts.ofTransferLocked(id)) {
            payouts.update(payout.paid(on));
            invoices.settlePaidOut(payout.invoiceId(), on);
        }
        transfers.executed(id, on, user.id().value(), clock.instant());
        return transfers.byId(id).orElseThrow();
    }

    private List<PayablePayout> withAccounts(List<Payout> payable) {
        Map<UUID, Freelancer> byId = freelancers.freelancers(payable.stream().map(p -> p.freelancerId().value())
                .distinct().toList()).stream().collect(Collectors.toMap(f -> f.id().value(), Function.identity()));
        return payable.stream().map(p -> {
            var freelancer = byId.get(p.freelancerId().value());
            String iban = freelancer == null || freelancer.bankAccount() == null ? null : freelancer.bankAccount().iban();
            return new PayablePayout(p, freelancer == null ? "" : freelancer.fullName(), iban);
        }).toList();
    }

    private static void requireManager(RelaisUser user) {
        if (!user.isAccountManager()) {
            throw new AccessDeniedException("account managers handle transfers");
        }
    }
}
