package relais.company;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * Issue 17: a move dated before the person was recorded (history imported later) must not send the person back
 * to their old company on the day they were recorded.
 */
@IntegrationTest
class CompanyMoveHistoryTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Autowired
    Fixtures fixtures;
    String oldCompany;
    String newCompany;
    String jeanne;

    @BeforeEach
    void setUp() {
        String domain = "history-" + Fixtures.next() + ".fr";
        oldCompany = fixtures.companyId(domain);
        newCompany = fixtures.companyId("new-" + domain);
        jeanne = fixtures.personId("Jeanne Petit", "jeanne@" + domain, oldCompany); // recorded today
    }

    private Api.Response moveJeanneToTheNewCompanyOn(LocalDate on) {
        return fixtures.admin().post("/api/people/" + jeanne + "/company-moves",
                Api.json(map("companyId", newCompany, "on", on.toString())));
    }

    @Test
    void aMoveDatedBeforeThePersonWasRecordedMakesTheNewCompanyCurrent() {
        LocalDate movedOn = TODAY.minusDays(60);

        var moved = moveJeanneToTheNewCompanyOn(movedOn);
        var read = fixtures.admin().get("/api/people/" + jeanne);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(read.text("companyId")).isEqualTo(newCompany);
        var moves = read.json().path("companyMoves");
        assertThat(moves.size()).as("moves in date order: the recorded employment first, open toward the past")
                .isEqualTo(2);
        assertThat(moves.get(0).path("companyId").asString()).isEqualTo(oldCompany);
        assertThat(moves.get(0).path("from").isNull()).isTrue();
        assertThat(moves.get(1).path("companyId").asString()).isEqualTo(newCompany);
        assertThat(moves.get(1).path("from").asString()).isEqualTo(movedOn.toString());
    }

    @Test
    void aReferralIsJudgedWithTheCompaniesOfItsDateWhateverOrderTheMoveWasRecordedIn() {
        String domain = "history-" + Fixtures.next() + ".fr";
        String colleagueAtNew = fixtures.personId("Gus Neuf", "gus@" + domain, newCompany);
        String colleagueAtOld = fixtures.personId("Anne Ancienne", "anne@" + domain, oldCompany);
        String freelancer = fixtures.freelancerId("Fred Histoire", "fred-" + Fixtures.next() + "@free.fr", null);
        fixtures.missionId(freelancer, oldCompany, List.of(colleagueAtOld), TODAY.minusDays(200).toString(),
                TODAY.minusDays(100).toString());
        assertThat(moveJeanneToTheNewCompanyOn(TODAY.minusDays(60)).status()).isEqualTo(200);

        var beforeTheMove = fixtures.admin().post("/api/referrals", Api.json(map("freelancerId", freelancer,
                "referrerId", colleagueAtOld, "referredId", jeanne, "on", TODAY.minusDays(90).toString())));
        var atTheNewCompany = fixtures.admin().post("/api/referrals", Api.json(map("freelancerId", freelancer,
                "referrerId", jeanne, "referredId", colleagueAtNew, "on", TODAY.toString())));

        assertThat(beforeTheMove.json().path("counted").asBoolean())
                .as("on the referral date Jeanne still worked beside Anne: %s", beforeTheMove.body()).isTrue();
        assertThat(atTheNewCompany.json().path("counted").asBoolean())
                .as("today Jeanne works beside Gus: %s", atTheNewCompany.body()).isTrue();
        var gus = fixtures.admin().get("/api/freelancers/" + freelancer + "/direct-work?person=" + colleagueAtNew);
        assertThat(gus.text("verdict")).isEqualTo("PROTECTED");
    }
}
