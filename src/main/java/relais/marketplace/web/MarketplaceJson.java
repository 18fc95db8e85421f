package relais.marketplace.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import relais.company.Person;
import relais.freelancer.Freelancer;
import relais.marketplace.Brief;
import relais.marketplace.Candidate;
import relais.marketplace.Proposal;
import relais.marketplace.ShortlistClock;
import relais.shared.MoneyJson;
import relais.shared.PlatformDates;

/** The JSON faces of briefs and proposals; each says only what its reader may know. */
final class MarketplaceJson {

    private MarketplaceJson() {
    }

    static OffsetDateTime paris(Instant instant) {
        return instant == null ? null : instant.atZone(PlatformDates.PARIS).toOffsetDateTime();
    }

    record BriefJson(String id, String status, String companyId, String contactId, String title, String description,
            List<String> skills, List<String> prioritySkills, List<String> languages, LocalDate startOn,
            BigDecimal durationDays, int daysPerWeek, String workMode, String location, MoneyJson budgetDayRate,
            int profilesWanted, boolean nda, OffsetDateTime submittedAt, OffsetDateTime shortlistDueAt,
            OffsetDateTime shortlistedAt, boolean late, boolean overdue, long workingMinutesLeft, String closedReason) {

        static BriefJson of(Brief b, Instant now) {
            return new BriefJson(b.id().toString(), b.status().name(), b.companyId().toString(), b.contactId().toString(),
                    b.title(), b.description(), b.skills(), b.prioritySkills(), b.languages(), b.startOn(),
                    b.durationDays(), b.daysPerWeek(), b.workMode().name(), b.location(), MoneyJson.of(b.budgetDayRate()),
                    b.profilesWanted(), b.nda(), paris(b.submittedAt()), paris(b.shortlistDueAt()),
                    paris(b.shortlistedAt()), b.late(), b.overdue(now),
                    ShortlistClock.workingTimeBetween(now, b.shortlistDueAt()).toMinutes(), b.closedReason());
        }
    }

    /** What a freelancer is shown of a brief: the work and the company's name, no client person. */
    record BriefForFreelancer(String id, String title, String description, List<String> skills,
            List<String> prioritySkills, List<String> languages, LocalDate startOn, BigDecimal durationDays,
            int daysPerWeek, String workMode, String location, boolean nda, String company) {

        static BriefForFreelancer of(Brief b, String companyName) {
            return new BriefForFreelancer(b.id().toString(), b.title(), b.description(), b.skills(), b.prioritySkills(),
                    b.languages(), b.startOn(), b.durationDays(), b.daysPerWeek(), b.workMode().name(), b.location(),
                    b.nda(), companyName);
        }
    }

    record ContactJson(String fullName, String email) {

        static ContactJson of(Person p) {
            return new ContactJson(p.fullName(), p.emails().isEmpty() ? null : p.emails().getFirst());
        }
    }

    /** The freelancer's view of their invitation: their own quote, never the client's price. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InvitationJson(String id, String status, OffsetDateTime invitedAt, BigDecimal days, MoneyJson dayRate,
            String message, String reason, BriefForFreelancer brief, List<ContactJson> clientContacts) {

        static InvitationJson of(Proposal p, BriefForFreelancer brief, List<ContactJson> contacts) {
            return new InvitationJson(p.id().toString(), p.status().name(), paris(p.invitedAt()), p.days(),
                    MoneyJson.of(p.dayRate()), p.message(), p.reason(), brief, contacts);
        }
    }

    record FreelancerCard(String id, String displayName, String title, List<String> skills) {

        static FreelancerCard of(Freelancer f) {
            return new FreelancerCard(f.id().toString(), f.displayName(), f.title(), f.skills());
        }
    }

    record FreelancerContact(String id, String fullName, String email) {

        static FreelancerContact of(Freelancer f) {
            return new FreelancerContact(f.id().toString(), f.fullName(), f.email().value());
        }
    }

    /**
     * A proposal as the client (or an account manager) sees it. The freelancer's own rate and their contact details
     * appear only for account managers; the contact, for the client, once selected.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProposalJson(String id, String status, FreelancerCard freelancer, BigDecimal days, MoneyJson clientDayRate,
            MoneyJson clientTotal, String message, String quoteNumber, LocalDate quoteValidUntil, String reason,
            MoneyJson freelancerDayRate, FreelancerContact contact, String missionId) {

        static ProposalJson of(Proposal p, Freelancer f, boolean accountManager) {
            var price = p.clientPrice();
            boolean selected = p.missionId() != null;
            return new ProposalJson(p.id().toString(), p.status().name(), FreelancerCard.of(f), p.days(),
                    price == null ? null : MoneyJson.of(price.dayRate()), price == null ? null : MoneyJson.of(price.total()),
                    p.message(), p.quoteNumber(), p.quoteValidUntil(), accountManager ? p.reason() : null,
                    accountManager ? MoneyJson.of(p.dayRate()) : null,
                    accountManager || selected ? FreelancerContact.of(f) : null,
                    selected ? p.missionId().toString() : null);
        }
    }

    record CandidateJson(String id, String fullName, String title, List<String> skills, MoneyJson dayRate,
            List<String> matchedSkills, boolean withinBudget, boolean speaksLanguages, boolean available,
            boolean invited, double score) {

        static CandidateJson of(Candidate c) {
            return new CandidateJson(c.id().toString(), c.fullName(), c.title(), c.skills(), MoneyJson.of(c.dayRate()),
                    c.matchedSkills(), c.withinBudget(), c.speaksLanguages(), c.available(), c.invited(), c.score());
        }
    }
}
