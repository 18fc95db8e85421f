package relais.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import relais.shared.MoneyJson;

/**
 * A brief as typed by a client user (for their own company) or an account manager (who names the company and its
 * contact, and may date the submission for imports), before validation.
 */
public record BriefRequest(String companyId, String contactId, String title, String description, List<String> skills,
        List<String> prioritySkills, List<String> languages, LocalDate startOn, BigDecimal durationDays,
        Integer daysPerWeek, WorkMode workMode, String location, MoneyJson budgetDayRate, Integer profilesWanted,
        Boolean nda, OffsetDateTime submittedAt) {
}
