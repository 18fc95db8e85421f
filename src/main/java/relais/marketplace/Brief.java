package relais.marketplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import relais.company.CompanyId;
import relais.company.PersonId;
import relais.shared.Money;

/**
 * What a client asks the platform for: who they need, when, for how long. It waits for its shortlist (due 48
 * working hours after submission), is shortlisted, then filled when enough freelancers are selected, or closed.
 */
public record Brief(BriefId id, CompanyId companyId, PersonId contactId, String title, String description,
        List<String> skills, List<String> prioritySkills, List<String> languages, LocalDate startOn,
        BigDecimal durationDays, int daysPerWeek, WorkMode workMode, String location, Money budgetDayRate,
        int profilesWanted, boolean nda, BriefStatus status, Instant submittedAt, Instant shortlistDueAt,
        Instant shortlistedAt, String closedReason, UUID submittedBy) {

    public Brief {
        skills = List.copyOf(skills);
        prioritySkills = List.copyOf(prioritySkills);
        languages = List.copyOf(languages);
    }

    /** A new brief, its clock started at its submission. */
    public static Brief submitted(BriefId id, CompanyId companyId, PersonId contactId, String title, String description,
            List<String> skills, List<String> prioritySkills, List<String> languages, LocalDate startOn,
            BigDecimal durationDays, int daysPerWeek, WorkMode workMode, String location, Money budgetDayRate,
            int profilesWanted, boolean nda, Instant submittedAt, UUID submittedBy) {
        return new Brief(id, companyId, contactId, title, description, skills, prioritySkills, languages, startOn,
                durationDays, daysPerWeek, workMode, location, budgetDayRate, profilesWanted, nda, BriefStatus.SUBMITTED,
                submittedAt, ShortlistClock.dueAt(submittedAt), null, null, submittedBy);
    }

    /** Whether freelancers may still be invited and proposals still be shortlisted. */
    public boolean open() {
        return status == BriefStatus.SUBMITTED || status == BriefStatus.SHORTLISTED;
    }

    /** The shortlist went to the client; the first one sent stops the clock (later ones add to it). */
    public Brief shortlist(Instant at) {
        if (!open()) {
            throw new RefusedMove("shortlist", status);
        }
        Instant first = shortlistedAt == null ? at : shortlistedAt;
        return with(BriefStatus.SHORTLISTED, first, closedReason);
    }

    /** A shortlist sent after the 48 working hours is recorded as late. */
    public boolean late() {
        return shortlistedAt != null && shortlistedAt.isAfter(shortlistDueAt);
    }

    /** Whether the clock has run out with no shortlist sent yet. */
    public boolean overdue(Instant now) {
        return shortlistedAt == null && status == BriefStatus.SUBMITTED && now.isAfter(shortlistDueAt);
    }

    public Brief fill() {
        if (status != BriefStatus.SHORTLISTED) {
            throw new RefusedMove("fill", status);
        }
        return with(BriefStatus.FILLED, shortlistedAt, closedReason);
    }

    public Brief close(String reason) {
        if (!open()) {
            throw new RefusedMove("close", status);
        }
        return with(BriefStatus.CLOSED, shortlistedAt, reason);
    }

    /** A selection is possible only while the brief is shortlisted (not yet filled, not closed). */
    public void requireSelectable() {
        if (status != BriefStatus.SHORTLISTED) {
            throw new RefusedMove("select", status);
        }
    }

    private Brief with(BriefStatus newStatus, Instant newShortlistedAt, String newClosedReason) {
        return new Brief(id, companyId, contactId, title, description, skills, prioritySkills, languages, startOn,
                durationDays, daysPerWeek, workMode, location, budgetDayRate, profilesWanted, nda, newStatus, submittedAt,
                shortlistDueAt, newShortlistedAt, newClosedReason, submittedBy);
    }
}
