package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The probe's outage: one impossible date in the database ("0001-01-01 BC", "infinity") made the facts loader fail
 * and every verdict answer 500. The schema now refuses such dates; a row written around it (by hand, with the
 * constraint dropped) costs a warning in the log, never a verdict.
 */
@IntegrationTest
class OutOfRangeStoredDatesTests {

    private static final String BC_POLICY = "00000000-0000-0000-0000-0000000000bc";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSchemaRefusesADateOutsideThePlatformsYears() {
        var cast = Cast.of(fixtures, "schema");
        String mission = cast.mission(cast.freelancer("Sid Schema", "sid"), "2026-01-05", "2026-06-30",
                cast.contact("Sam Schema", "sam"));

        for (String bad : List.of("0001-01-01 BC", "10000-01-01", "infinity", "1899-12-31", "2200-01-01")) {
            assertThatThrownBy(() -> jdbc.sql("update mission set planned_end_on = cast(:day as date) where id = :id")
                    .param("day", bad).param("id", UUID.fromString(mission)).update())
                    .as(bad).isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThatThrownBy(() -> jdbc.sql("""
                insert into policy_version (id, number, effective_from, protection_months)
                values (:id, 100000, date '0001-01-01 BC', 12)""").param("id", UUID.fromString(BC_POLICY)).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void impossibleDatesWrittenAroundTheSchemaDoNotTakeVerdictsDown() {
        var cast = Cast.of(fixtures, "bc");
        var bea = cast.contact("Bea Bc", "bea");
        var basile = cast.freelancer("Basile Bc", "bc");
        String mission = cast.mission(basile, "2025-01-06", "2025-06-30", bea);
        String client = bea.id();
        String other = cast.contact("Oscar Other", "oscar").id();
        String freelancer = basile.id();
        var me = cast.as(basile);
        var admin = fixtures.admin();
        assertThat(admin.post("/api/referrals", Api.json(Fixtures.map("freelancerId", freelancer, "referrerId", client,
                "referredId", other, "on", "2025-03-01"))).status()).isEqualTo(201);
        try {
            jdbc.sql("alter table policy_version drop constraint policy_version_effective_from_range").update();
            jdbc.sql("alter table mission drop constraint mission_planned_end_on_range").update();
            jdbc.sql("alter table referral drop constraint referral_referred_on_range").update();
            jdbc.sql("""
                    insert into policy_version (id, number, effective_from, protection_months)
                    values (:id, (select max(number) + 1 from policy_version), date '0001-01-01 BC', 12)""")
                    .param("id", UUID.fromString(BC_POLICY)).update();
            jdbc.sql("update mission set planned_end_on = 'infinity' where id = :id").param("id", UUID.fromString(mission)).update();
            jdbc.sql("update referral set referred_on = date '0001-01-01 BC' where freelancer_id = :id")
                    .param("id", UUID.fromString(freelancer)).update();

            var verdict = me.get("/api/me/direct-work?person=" + client + "&on=2025-09-01");
            assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
            assertThat(verdict.text("verdict")).isEqualTo("PROTECTED");
            assertThat(verdict.text("protectedUntil")).isEqualTo("2200-12-31");
            assertThat(me.get("/api/me/direct-work?person=" + other + "&on=2025-09-01").status()).isEqualTo(200);
            assertThat(me.get("/api/me/protected-clients?on=2025-09-01").status()).isEqualTo(200);
            assertThat(admin.get("/api/freelancers/" + freelancer + "/protected-clients").status()).isEqualTo(200);
            assertThat(admin.get("/api/policies").status()).isEqualTo(200);
            assertThat(me.post("/api/reports", Api.json(Fixtures.map(
                    "personId", client, "receivedOn", "2025-09-01", "channel", "EMAIL"))).status()).isEqualTo(201);
        } finally {
            jdbc.sql("delete from policy_version where id = :id").param("id", UUID.fromString(BC_POLICY)).update();
            jdbc.sql("update mission set planned_end_on = date '2025-06-30' where id = :id").param("id", UUID.fromString(mission)).update();
            jdbc.sql("update referral set referred_on = date '2025-03-01' where freelancer_id = :id")
                    .param("id", UUID.fromString(freelancer)).update();
            jdbc.sql("""
                    alter table policy_version add constraint policy_version_effective_from_range
                        check (effective_from between date '1900-01-01' and date '2199-12-31')""").update();
            jdbc.sql("""
                    alter table mission add constraint mission_planned_end_on_range
                        check (planned_end_on between date '1900-01-01' and date '2199-12-31')""").update();
            jdbc.sql("""
                    alter table referral add constraint referral_referred_on_range
                        check (referred_on between date '1900-01-01' and date '2199-12-31')""").update();
        }
    }
}
