package relais.report.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;
import relais.account.AccountId;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.guard.Verdict;
import relais.report.Buyout;
import relais.report.DuplicateReminderException;
import relais.report.Freed;
import relais.report.NoLongerProtected;
import relais.report.internal.CaseMessages;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerManagement;
import relais.shared.ParisCalendar;
import relais.guard.VerdictTexts;
import relais.guard.web.VerdictJson;
import relais.report.Buyouts;
import relais.report.CaseStatistics;
import relais.report.CloseRequest;
import relais.report.Outcome;
import relais.report.Report;
import relais.report.ReportId;
import relais.report.ReportManagement;
import relais.report.ReminderRequest;
import relais.shared.ConflictException;
import relais.shared.Ids;
import relais.shared.InvalidInputException;
import relais.shared.web.FormErrors;
import relais.shared.web.FormValues;

/** The account manager's side: the queue of cases, one case with its actions, and the dashboard. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
class CasePages {

    /** A queue line with the names a person reads. */
    record CaseLine(Report report, String freelancerName, String personName, boolean overdue) {
    }

    private final ReportManagement reports;
    private final Buyouts buyouts;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final VerdictTexts texts;
    private final FormErrors formErrors;
    private final AccountManagement accounts;
    private final MessageSource messages;
    private final CaseMessages caseMessages;
    private final Clock clock;

    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    CasePages(ReportManagement reports, Buyouts buyouts, CompanyManagement companies, FreelancerManagement freelancers,
            VerdictTexts texts, FormErrors formErrors, AccountManagement accounts, MessageSource messages,
            CaseMessages caseMessages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.caseMessages = caseMessages;
        this.reports = reports;
        this.buyouts = buyouts;
        this.companies = companies;
        this.freelancers = freelancers;
        this.texts = texts;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String queue(Model model) {
        model.addAttribute("open", lines(reports.openQueue()));
        model.addAttribute("recent", lines(reports.latest(30).stream().filter(r -> !r.isOpen()).toList()));
        return "report/cases";
    }

    private List<CaseLine> lines(List<Report> found) {
        LocalDate today = ParisCalendar.today(clock);
        var freelancerNames = new java.util.HashMap<UUID, String>();
        freelancers.freelancers(found.stream().map(r -> r.freelancerId().value()).distinct().toList())
                .forEach(f -> freelancerNames.put(f.id().value(), f.fullName()));
        var personNames = new java.util.HashMap<UUID, String>();
        companies.people(found.stream().map(Report::personId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(p -> personNames.put(p.id().value(), p.fullName()));
        return found.stream().map(r -> new CaseLine(r, freelancerNames.get(r.freelancerId().value()),
                r.personId() != null ? personNames.get(r.personId()) : r.email(), r.isOverdue(today))).toList();
    }

    /** A buy-out as the page shows it: amounts written in the reader's language, its state as a word. */
    record BuyoutLine(Buyout buyout, String fee, String formula, String status) {
    }

    /** The draft's language is the draft's own ({@code draft=en}): the page stays in the reader's language. */
    @GetMapping("/cases/{id}")
    String view(@PathVariable String id, @RequestParam(defaultValue = "") String draft,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        return view(new ReportId(Ids.parse(id, "report")), user, model, Map.of(), null, null, draftLocale(draft), null);
    }

    private static Locale draftLocale(String draft) {
        return "en".equalsIgnoreCase(draft) ? Locale.ENGLISH : Locale.FRENCH;
    }

    private String view(ReportId id, RelaisUser user, Model model, Map<String, String> errors, String subject, String body,
            Locale reminderLocale, java.time.Instant repeatOf) {
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
                var draft = reports.draftReminder(id, user, reminderLocale);
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

    private static LocalDate parisDay(java.time.Instant at) {
        return at.atZone(PARIS).toLocalDate();
    }

    private static String parisTime(java.time.Instant at) {
        return at.atZone(PARIS).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable String id, @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> {
            reports.assign(reportId, user, user);
            return say("cases.flash.assigned");
        });
    }

    @PostMapping("/cases/{id}/notes")
    String note(@PathVariable String id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return actOnText("note", "text", text, id, user, model, redirect, reportId -> {
            reports.note(reportId, user, text);
            return say("cases.flash.note");
        });
    }

    @PostMapping("/cases/{id}/reminders")
    String remind(@PathVariable String id, @RequestParam(defaultValue = "fr") String draft,
            @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean confirm,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        var reportId = new ReportId(Ids.parse(id, "report"));
        Locale draftLocale = draftLocale(draft);
        try {
            // The page's fields always come filled from the draft: sent empty, they are a mistake, not "the template".
            var message = reports.remind(reportId, user, new ReminderRequest(draftLocale.getLanguage(), subject, body, confirm));
            redirect.addFlashAttribute("flash", say("cases.flash.reminder", message.recipientName()));
            return "redirect:/cases/" + id;
        } catch (DuplicateReminderException e) {
            return view(reportId, user, model, Map.of(), subject, body, draftLocale, e.sentAt());
        } catch (InvalidInputException | ConflictException e) {
            return view(reportId, user, model, formErrors.of(e), subject, body, draftLocale, null);
        }
    }

    @PostMapping("/cases/{id}/brief-proposals")
    String proposeBrief(@PathVariable String id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return actOnText("brief", "note", text, id, user, model, redirect, reportId -> {
            reports.proposeBrief(reportId, user, text);
            return say("cases.flash.brief");
        });
    }

    @PostMapping("/cases/{id}/buyouts")
    String quote(@PathVariable String id, @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> {
            var report = reports.reportOrThrow(reportId);
            var quoted = buyouts.quote(user, new relais.report.BuyoutRequest(report.freelancerId().toString(),
                    report.personId() == null ? null : report.personId().toString(), null, ParisCalendar.today(clock)), reportId);
            return say("cases.flash.quoted", caseMessages.money(quoted.fee().amount(), quoted.currency(),
                    LocaleContextHolder.getLocale()));
        });
    }

    @PostMapping("/cases/{id}/buyouts/{buyout}/override")
    String override(@PathVariable String id, @PathVariable UUID buyout, @RequestParam(defaultValue = "") String fee,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> {
            var changed = buyouts.override(buyout, user, fee, LocaleContextHolder.getLocale(), reason);
            return say("cases.flash.override", caseMessages.money(changed.fee().amount(), changed.currency(),
                    LocaleContextHolder.getLocale()));
        });
    }

    @PostMapping("/cases/{id}/buyouts/{buyout}/paid")
    String paid(@PathVariable String id, @PathVariable UUID buyout, @RequestParam(defaultValue = "") String on,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> {
            var values = new FormValues();
            var date = values.date("on", on);
            values.throwIfInvalid();
            var paid = buyouts.pay(buyout, user, date);
            var line = lines(List.of(reports.reportOrThrow(reportId))).getFirst();
            redirect.addFlashAttribute("freed", freedLines(paid.freed()));
            redirect.addFlashAttribute("freedPeople", freedPeople(paid.freed()));
            return say("cases.flash.paid", texts.date(date, LocaleContextHolder.getLocale()), line.personName());
        });
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, reportId -> {
            Outcome chosen = outcome.isBlank() ? null : parseOutcome(outcome);
            var closed = reports.closeCase(reportId, user, new CloseRequest(chosen, note));
            redirect.addFlashAttribute("freed", freedLines(closed.freed()));
            redirect.addFlashAttribute("freedPeople", freedPeople(closed.freed()));
            return say("cases.flash.closed", say("report.outcome.label." + chosen.name()));
        });
    }

    private static Outcome parseOutcome(String outcome) {
        try {
            return Outcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new relais.shared.FieldProblem("outcome", "is not a known outcome",
                    "report.validation.outcome.unknown", null)));
        }
    }

    private List<CaseLine> freedLines(Freed freed) {
        return freed.otherOpenCases().isEmpty() ? List.of() : lines(freed.otherOpenCases());
    }

    private String freedPeople(Freed freed) {
        return freed.otherPeople().isEmpty() ? null : say("cases.freed.people", String.join(", ", freed.otherPeople()));
    }

    /** Runs one case action; the flash says what happened, in the reader's language. */
    private String act(String id, RelaisUser user, Model model, RedirectAttributes redirect,
            java.util.function.Function<ReportId, String> action) {
        var reportId = new ReportId(Ids.parse(id, "report"));
        try {
            redirect.addFlashAttribute("flash", action.apply(reportId));
            return "redirect:/cases/" + id;
        } catch (InvalidInputException | ConflictException e) {
            return view(reportId, user, model, formErrors.of(e), null, null, Locale.FRENCH, null);
        }
    }

    /**
     * Runs a case action whose form has one field named {@code text}: the note and the brief proposal share that
     * name on the same page, so a refusal of the action's own field is keyed by the form ({@code note-text},
     * {@code brief-text}) to land beside the right one, which keeps what was typed.
     */
    private String actOnText(String form, String field, String text, String id, RelaisUser user, Model model,
            RedirectAttributes redirect, java.util.function.Function<ReportId, String> action) {
        var reportId = new ReportId(Ids.parse(id, "report"));
        try {
            redirect.addFlashAttribute("flash", action.apply(reportId));
            return "redirect:/cases/" + id;
        } catch (InvalidInputException | ConflictException e) {
            var errors = new java.util.LinkedHashMap<String, String>();
            formErrors.of(e).forEach((name, message) -> errors.put(field.equals(name) ? form + "-text" : name, message));
            model.addAttribute(form + "Text", text);
            return view(reportId, user, model, errors, null, null, Locale.FRENCH, null);
        }
    }

    @GetMapping("/cases/dashboard")
    String dashboard(Model model) {
        LocalDate today = ParisCalendar.today(clock);
        var all = reports.all();
        var open = all.stream().filter(Report::isOpen).toList();
        model.addAttribute("openCount", open.size());
        model.addAttribute("overdueCount", open.stream().filter(r -> r.isOverdue(today)).count());
        model.addAttribute("chart", OutcomeChart.of(reports.closedPerMonth()));
        model.addAttribute("medianFirstAction", CaseStatistics.medianTimeToFirstAction(all).map(this::describe).orElse(null));
        model.addAttribute("casesWithAction", all.stream().filter(r -> r.isProtected() && r.firstActionAt() != null).count());
        return "report/dashboard";
    }

    /** "2 j 3 h" / "2 d 3 h", "5 h 12 min": in the reader's language. */
    private String describe(Duration duration) {
        long hours = duration.toHours();
        return hours >= 48 ? say("cases.duration.days", hours / 24, hours % 24)
                : say("cases.duration.hours", hours, duration.toMinutesPart());
    }

}
