package relais.report.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import relais.shared.PlatformDates;
import relais.account.AccountId;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerManagement;
import relais.shared.ParisCalendar;
import relais.guard.Verdict;
import relais.guard.VerdictTexts;
import relais.guard.web.VerdictJson;
import relais.report.Buyout;
import relais.report.CaseReminders;
import relais.report.Freed;
import relais.report.NoLongerProtected;
import relais.report.Outcome;
import relais.report.Report;
import relais.report.ReportId;
import relais.report.ReportManagement;
import relais.report.internal.CaseMessages;
import relais.shared.Money;

/**
 * Draws one case for an account manager, as read and as redrawn after a refused action: the verdict said about the
 * freelancer, the history, the buy-outs, and the reminder's draft when the relationship is still protected.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseView {

    /** A queue line with the names a person reads. */
    record CaseLine(Report report, String freelancerName, String personName, boolean overdue) {
    }

    /** A buy-out as the page shows it: amounts written in the reader's language, its state as a word. */
    record BuyoutLine(Buyout buyout, String fee, String formula, String status) {
    }

    private final ReportManagement reports;
    private final CaseReminders reminders;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final AccountManagement accounts;
    private final VerdictTexts texts;
    private final MessageSource messages;
    private final CaseMessages caseMessages;
    private final Clock clock;

    List<CaseLine> lines(List<Report> found) {
        LocalDate today = ParisCalendar.today(clock);
        var freelancerNames = new HashMap<UUID, String>();
        freelancers.freelancers(found.stream().map(r -> r.freelancerId().value()).distinct().toList())
                .forEach(f -> freelancerNames.put(f.id().value(), f.fullName()));
        var personNames = new HashMap<UUID, String>();
        companies.people(found.stream().map(Report::personId).filter(Objects::nonNull).distinct().toList())
                .forEach(p -> personNames.put(p.id().value(), p.fullName()));
        return found.stream().map(r -> new CaseLine(r, freelancerNames.get(r.freelancerId().value()),
                r.personId() != null ? personNames.get(r.personId()) : r.email(), r.isOverdue(today))).toList();
    }

    /** The case page as first drawn: no errors, the reminder drafted in {@code draft}'s language. */
    String draw(ReportId id, RelaisUser user, Model model, Locale draft) {
        return draw(id, user, model, Map.of(), null, null, draft, null);
    }

    String draw(ReportId id, RelaisUser user, Model model, Map<String, String> errors, String subject, String body,
            Locale reminderLocale, Instant repeatOf) {
        Locale locale = LocaleContextHolder.getLocale();
        var report = reports.reportOrThrow(id);
        var line = lines(List.of(report)).getFirst();
        model.addAttribute("line", line);
        model.addAttribute("report", report);
        var answer = reports.verdictOf(report);
        var verdict = VerdictJson.of(answer, texts, locale);
        String headline = managerHeadline(answer.verdict(), line.freelancerName(), locale);
        model.addAttribute("verdict", new VerdictJson(verdict.verdict(), verdict.protectedUntil(), verdict.openEnded(),
                verdict.freeFrom(), verdict.person(), verdict.reasons(), verdict.cautions(), headline));
        // The history keeps the verdict as the freelancer was told it ("your relationship"): here it is about them.
        model.addAttribute("verdictHeadline", headline);
        model.addAttribute("history", reports.historyOf(id));
        model.addAttribute("buyouts", reports.buyoutsOf(id).stream().map(b -> buyoutLine(b, locale)).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", List.of(Outcome.REMINDED, Outcome.BROUGHT_ON_PLATFORM, Outcome.BUYOUT,
                Outcome.WAIVED, Outcome.BREACH));
        model.addAttribute("reminderLang", reminderLocale.getLanguage());
        model.addAttribute("holder", report.assigneeId() == null ? null
                : accounts.byId(new AccountId(report.assigneeId())).map(RelaisUser::displayName).orElse(null));
        model.addAttribute("heldByMe", user.id().value().equals(report.assigneeId()));
        model.addAttribute("lastReminder", reports.lastReminder(id).map(e -> messages.getMessage("cases.lastReminder",
                new Object[] {caseMessages.date(parisDay(e.at()), locale), parisTime(e.at()), e.actorName()}, locale))
                .orElse(null));
        model.addAttribute("repeatOf", repeatOf == null ? null : messages.getMessage("cases.reminder.duplicate",
                new Object[] {caseMessages.date(parisDay(repeatOf), locale), parisTime(repeatOf)}, locale));
        var stale = reports.noLongerProtected(report);
        model.addAttribute("suggestedOutcome", stale.map(NoLongerProtected::suggested).orElse(null));
        model.addAttribute("stale", stale.map(n -> staleWarning(n, line, locale)).orElse(null));
        if (report.isOpen() && report.personId() != null) {
            model.addAttribute("client", companies.person(new PersonId(report.personId())).orElse(null));
            if (stale.isEmpty()) {
                var draft = reminders.draftReminder(id, user, reminderLocale);
                model.addAttribute("reminderSubject", subject != null ? subject : draft.subject());
                model.addAttribute("reminderBody", body != null ? body : draft.body());
            }
        }
        return "report/case";
    }

    /** The verdict's one sentence for an account manager: about the freelancer, in the third person. */
    private String managerHeadline(Verdict verdict, String freelancerName, Locale locale) {
        String person = verdict.personName() != null ? verdict.personName()
                : messages.getMessage("cases.verdict.someone", null, locale);
        if (verdict.isProtected()) {
            return verdict.openEnded()
                    ? messages.getMessage("cases.verdict.PROTECTED.openEnded", new Object[] {freelancerName, person}, locale)
                    : messages.getMessage("cases.verdict.PROTECTED", new Object[] {freelancerName, person,
                            texts.date(verdict.protectedUntil(), locale), texts.date(verdict.freeFrom(), locale)}, locale);
        }
        if (verdict.freeFrom() == null) {
            return messages.getMessage("cases.verdict.FREE.never", new Object[] {freelancerName, person}, locale);
        }
        return messages.getMessage("cases.verdict.FREE", new Object[] {freelancerName, person,
                texts.date(verdict.freeFrom(), locale)}, locale);
    }

    private String staleWarning(NoLongerProtected stale, CaseLine line, Locale locale) {
        String since = texts.date(stale.freeFrom(), locale);
        if (stale.releaseKind() == null) {
            return messages.getMessage("cases.stale.ended", new Object[] {line.freelancerName(), line.personName(), since},
                    locale);
        }
        return messages.getMessage("cases.stale.released", new Object[] {line.freelancerName(), line.personName(), since,
                texts.label(stale.releaseKind(), locale),
                messages.getMessage("report.outcome.label." + stale.suggested(), null, locale)}, locale);
    }

    private BuyoutLine buyoutLine(Buyout b, Locale locale) {
        String formula = messages.getMessage("cases.buyout.formula", new Object[] {caseMessages.number(b.commissionRate(), locale),
                caseMessages.number(b.invoicedAmount(), locale), b.remainingDays(), caseMessages.number(b.computedFee(), locale)},
                locale);
        return new BuyoutLine(b, caseMessages.money(b.fee().amount(), b.currency(), locale), formula,
                messages.getMessage("buyout.status." + b.status().name(), null, locale));
    }

    private static LocalDate parisDay(Instant at) {
        return at.atZone(PlatformDates.PARIS).toLocalDate();
    }

    private static String parisTime(Instant at) {
        return at.atZone(PlatformDates.PARIS).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    List<CaseLine> freedLines(Freed freed) {
        return freed.otherOpenCases().isEmpty() ? List.of() : lines(freed.otherOpenCases());
    }

    String freedPeople(Freed freed) {
        return freed.otherPeople().isEmpty() ? null : say("cases.freed.people", String.join(", ", freed.otherPeople()));
    }

    /** The case's line in the queue, with the names a person reads. */
    CaseLine line(ReportId id) {
        return lines(List.of(reports.reportOrThrow(id))).getFirst();
    }

    /** An amount as the reader's language writes it. */
    String money(Money amount) {
        return caseMessages.money(amount.amount(), amount.currency(), LocaleContextHolder.getLocale());
    }

    /** A day as the reader's language writes it. */
    String date(LocalDate day) {
        return texts.date(day, LocaleContextHolder.getLocale());
    }

    /** A sentence in the reader's language. */
    String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
