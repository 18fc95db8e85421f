package relais.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.shared.PlatformDates;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The order account managers read candidates in: a priority skill weighs three ordinary ones, a freelancer booked
 * over the brief's dates falls behind an equal one who is free and behind one with fewer skills who is free, and the shortest list (limit 1) is the true best,
 * however many rows the cheap first stage of the search ranks before it looks at availability.
 */
@IntegrationTest
class CandidateRankingTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void prioritySkillsWeighMoreAvailabilityBreaksTiesAndTheShortestListIsTheBest() {
        int n = Fixtures.next();
        String skill = "Zorglang" + n;
        String priority = "Quuxscript" + n;
        String other = "Plonk" + n;
        String company = fixtures.companyId("ranking" + n + ".fr");
        String contact = fixtures.personId("Rita Rang", "rita@ranking" + n + ".fr", company);
        LocalDate start = LocalDate.now(PlatformDates.PARIS).plusDays(20);

        String prioritySkilled = freelancer("Prune Prioritaire " + n, List.of(priority));
        String twoOrdinary = freelancer("Odile Ordinaire " + n, List.of(skill, other));
        String booked = freelancer("Bastien Occupé " + n, List.of(priority, skill));
        String free = freelancer("Faustine Libre " + n, List.of(priority, skill));
        var mission = fixtures.admin().post("/api/missions", Api.json(map("freelancerId", booked, "companyId", company,
                "participantIds", List.of(contact), "title", "Occupé " + n, "agreedOn", start.minusDays(30).toString(),
                "introducedOn", start.minusDays(30).toString(), "startOn", start.minusDays(10).toString(),
                "endOn", start.plusDays(60).toString(), "dayRate", map("amount", "500.00", "currency", "EUR"),
                "days", 40)));
        assertThat(mission.status()).as(mission.body()).isEqualTo(201);

        var brief = fixtures.admin().post("/api/briefs", Api.json(map("companyId", company, "contactId", contact,
                "title", "Classement " + n, "description", "Trouver les bons profils.",
                "skills", List.of(priority, skill, other), "prioritySkills", List.of(priority),
                "startOn", start.toString(), "durationDays", 10, "daysPerWeek", 5, "workMode", "REMOTE",
                "profilesWanted", 1)));
        assertThat(brief.status()).as(brief.body()).isEqualTo(201);
        String path = "/api/briefs/" + brief.text("id") + "/candidates";

        var all = fixtures.admin().get(path + "?limit=10");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().findValuesAsString("id")).containsExactly(free, prioritySkilled, booked, twoOrdinary);

        var best = fixtures.admin().get(path + "?limit=1");
        assertThat(best.json().findValuesAsString("id")).containsExactly(free);
        // Before availability counts, the booked freelancer ranks second; only the free one with the priority skill
        // may take that place, and she must not be cut away before the lookups.
        var two = fixtures.admin().get(path + "?limit=2");
        assertThat(two.json().findValuesAsString("id")).containsExactly(free, prioritySkilled);
    }

    private String freelancer(String name, List<String> skills) {
        var response = fixtures.admin().post("/api/freelancers", Api.json(map("fullName", name,
                "email", name.toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.fr", "password", Fixtures.PASSWORD,
                "title", "Développeuse", "skills", skills, "dayRate", map("amount", "500.00", "currency", "EUR"))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("id");
    }
}
