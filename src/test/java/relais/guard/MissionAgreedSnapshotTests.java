package relais.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import relais.freelancer.FreelancerId;
import relais.mission.MissionAgreed;
import relais.mission.MissionId;

/** The mission module says a mission was agreed; the guard pins the policy version in force on the agreed date. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class MissionAgreedSnapshotTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMissionAgreedKeepsThePolicyVersionInForceThatDay(Scenario scenario) {
        LocalDate agreedOn = LocalDate.parse("2024-03-01");
        UUID freelancer = UUID.randomUUID();
        UUID mission = missionOf(freelancer, agreedOn);
        UUID inForce = jdbc.sql("""
                select id from policy_version where effective_from <= :on and retired_at is null
                order by effective_from desc limit 1""").param("on", agreedOn).query(UUID.class).single();

        scenario.publish(new MissionAgreed(new MissionId(mission), new FreelancerId(freelancer), agreedOn))
                .andWaitForStateChange(() -> pinnedVersion(mission), Optional::isPresent)
                .andVerify(pinned -> assertThat(pinned).contains(inForce));
    }

    private Optional<UUID> pinnedVersion(UUID mission) {
        return jdbc.sql("select policy_version_id from mission_policy where mission_id = :mission")
                .param("mission", mission).query(UUID.class).optional();
    }

    /** Just the rows a mission needs; the mission module's own rules are not what this test is about. */
    private UUID missionOf(UUID freelancer, LocalDate agreedOn) {
        UUID company = UUID.randomUUID();
        UUID mission = UUID.randomUUID();
        String n = String.valueOf(Math.abs(company.getMostSignificantBits() % 1_000_000_000L));
        jdbc.sql("insert into company (id, name, siren) values (:id, :name, :siren)").param("id", company)
                .param("name", "Acme " + n).param("siren", String.format("%9s", n).replace(' ', '0')).update();
        jdbc.sql("insert into freelancer (id, full_name, email) values (:id, 'Fanny Freelance', :email)")
                .param("id", freelancer).param("email", "fanny-" + n + "@example.org").update();
        jdbc.sql("""
                insert into mission (id, freelancer_id, company_id, title, agreed_on, introduced_on, start_on, status)
                values (:id, :freelancer, :company, 'Logo', :on, :on, :on, 'AGREED')""")
                .param("id", mission).param("freelancer", freelancer).param("company", company).param("on", agreedOn)
                .update();
        return mission;
    }
}
