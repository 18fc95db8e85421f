package relais.marketplace;

import java.util.List;

import relais.freelancer.FreelancerId;
import relais.shared.Money;

/**
 * A freelancer found for a brief, with why they rank where they do: the brief's skills they have (priority ones
 * weigh more), whether their rate fits the budget once the commission is added, whether they speak the brief's
 * languages, whether they are free over its dates, and how well the free text matched.
 */
public record Candidate(FreelancerId id, String fullName, String title, List<String> skills, Money dayRate,
        List<String> matchedSkills, boolean withinBudget, boolean speaksLanguages, boolean available,
        boolean invited, double score) {

    public Candidate {
        skills = List.copyOf(skills);
        matchedSkills = List.copyOf(matchedSkills);
    }
}
