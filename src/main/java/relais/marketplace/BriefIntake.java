package relais.marketplace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.marketplace.internal.BriefRules;
import relais.shared.InputCheck;
import relais.shared.Money;
import relais.shared.MoneyInput;
import relais.shared.PlatformDates;
import relais.shared.TextRule;

/** A brief's own fields as typed, checked against MARKETPLACE.md's table: every refusal is gathered before one is raised. */
final class BriefIntake {

    private BriefIntake() {
    }

    /** The submitted brief, or an {@link relais.shared.InvalidInputException} naming every field refused. */
    static Brief read(InputCheck check, BriefRequest r, CompanyId companyId, PersonId contactId, Instant submittedAt,
            RelaisUser user) {
        String title = r.title() == null ? null : r.title().trim();
        check.required("title", title);
        check.text("title", title, BriefRules.TITLE);
        String description = BriefRules.text(check, "description", r.description());
        var skills = BriefRules.cleaned(r.skills());
        if (skills.isEmpty()) {
            check.problem("skills", "validation.brief.skills", "between 1 and 10 skills", BriefRules.MAX_SKILLS);
        } else if (skills.size() > BriefRules.MAX_SKILLS) {
            check.problem("skills", "validation.brief.skills", "between 1 and 10 skills", BriefRules.MAX_SKILLS);
        }
        for (int i = 0; i < skills.size(); i++) {
            check.text("skills[" + i + "]", skills.get(i), BriefRules.SKILL);
        }
        var priority = BriefRules.cleaned(r.prioritySkills());
        if (priority.size() > BriefRules.MAX_PRIORITY_SKILLS) {
            check.problem("prioritySkills", "validation.brief.priority.many", "at most 3 priority skills", BriefRules.MAX_PRIORITY_SKILLS);
        }
        var prioritySkills = new ArrayList<String>();
        for (int i = 0; i < priority.size(); i++) {
            String wanted = priority.get(i);
            var same = skills.stream().filter(s -> s.equalsIgnoreCase(wanted)).findFirst();
            if (same.isEmpty()) {
                check.problem("prioritySkills[" + i + "]", "validation.brief.priority.skill", "must be one of the skills");
            } else {
                prioritySkills.add(same.get());
            }
        }
        var languages = BriefRules.languages(check, r.languages());
        LocalDate startOn = check.date("startOn", check.required("startOn", r.startOn()));
        LocalDate postedOn = LocalDate.ofInstant(submittedAt, PlatformDates.PARIS);
        if (startOn != null && !check.hasProblem("startOn") && startOn.isBefore(postedOn)) {
            check.problem("startOn", "validation.date.past", "must not be in the past");
        }
        check.required("durationDays", r.durationDays());
        BriefRules.days(check, "durationDays", r.durationDays());
        Integer perWeek = check.required("daysPerWeek", r.daysPerWeek());
        if (perWeek != null && (perWeek < 1 || perWeek > 5)) {
            check.problem("daysPerWeek", "validation.between", "must be between 1 and 5", 1, 5);
        }
        WorkMode mode = check.required("workMode", r.workMode());
        String location = r.location() == null || r.location().isBlank() ? null : r.location().trim();
        check.text("location", location, TextRule.SHORT);
        if (mode != null && mode != WorkMode.REMOTE && location == null) {
            check.problem("location", "validation.brief.location", "is required unless the work is remote");
        }
        Money budget = r.budgetDayRate() == null ? null
                : check.field("budgetDayRate", () -> MoneyInput.positive(r.budgetDayRate().toMoney()));
        Integer profiles = check.required("profilesWanted", r.profilesWanted());
        if (profiles != null && (profiles < 1 || profiles > 4)) {
            check.problem("profilesWanted", "validation.between", "must be between 1 and 4", 1, 4);
        }
        check.throwIfInvalid();
        var brief = Brief.submitted(BriefId.random(), companyId, contactId, title, description, skills, prioritySkills,
                languages, startOn, r.durationDays(), perWeek, mode, location, budget, profiles,
                Boolean.TRUE.equals(r.nda()), submittedAt, user.id().value());
        return brief;
    }
}
