package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.AccountManagement;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The weekly digest of relationships ending soon: sent to every account manager once per week (its Monday in
 * Paris), however often the job runs and on however many nodes at once. The weeks are in 2021, where only this
 * test's pair (protected through 2021-06-20) ends.
 */
@IntegrationTest
class DigestJobTests {

    @Autowired
    DigestJob digest;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;

    private String pair() {
        int n = Fixtures.next();
        String company = fixtures.companyId("digest-" + n + ".fr");
        String person = fixtures.personId("Diane Digest " + n, "diane@digest-" + n + ".fr", company);
        String freelancer = fixtures.freelancerId("Denis Digest " + n, "digest-" + n + "@freelance.test", Fixtures.PASSWORD);
        String mission = fixtures.missionId(freelancer, company, List.of(person), "2020-01-06", "2020-06-20");
        fixtures.admin().post("/api/missions/" + mission + "/start", Api.json(Map.of("on", "2020-01-06")));
        assertThat(fixtures.admin().post("/api/missions/" + mission + "/end", Api.json(Map.of("on", "2020-06-20"))).status())
                .isEqualTo(200);
        return "Diane Digest " + n;
    }

    private long mailsOfWeek(String monday) {
        return jdbc.sql("select count(*) from outbox_message where cause = 'ENDING_DIGEST' and reference like :week")
                .param("week", monday + "#%").query(Long.class).single();
    }

    @Test
    void sendsEachWeekOnceToEveryAccountManager() {
        String person = pair();
        int managers = accounts.accountManagers().size();

        assertThat(digest.send(Instant.parse("2021-05-26T08:00:00Z"))).isEqualTo(managers); // Wednesday
        assertThat(digest.send(Instant.parse("2021-05-26T09:00:00Z"))).isZero();
        assertThat(digest.send(Instant.parse("2021-05-30T21:00:00Z"))).isZero(); // Sunday 23:00 in Paris
        assertThat(mailsOfWeek("2021-05-24")).isEqualTo(managers);
        assertThat(jdbc.sql("select body from outbox_message where cause = 'ENDING_DIGEST' and reference like '2021-05-24#%'")
                .query(String.class).list()).allSatisfy(body -> assertThat(body).contains(person));

        assertThat(digest.send(Instant.parse("2021-05-30T22:30:00Z"))).isEqualTo(managers); // Monday 00:30 in Paris
        assertThat(mailsOfWeek("2021-05-31")).isEqualTo(managers);
    }

    @Test
    void twoNodesAtOnceStillSendTheWeekOnce() {
        pair();
        int managers = accounts.accountManagers().size();
        Instant now = Instant.parse("2021-06-09T07:00:00Z");
        var first = CompletableFuture.supplyAsync(() -> digest.send(now));
        var second = CompletableFuture.supplyAsync(() -> digest.send(now));
        assertThat(first.join() + second.join()).isEqualTo(managers);
        assertThat(mailsOfWeek("2021-06-07")).isEqualTo(managers);
    }

    @Test
    void aWeekWithNothingEndingIsRecordedAndMailsNobody() {
        assertThat(digest.send(Instant.parse("1990-03-07T08:00:00Z"))).isZero();
        assertThat(jdbc.sql("select recipients from ending_digest_week where week_of = date '1990-03-05'")
                .query(Integer.class).single()).isZero();
        assertThat(mailsOfWeek("1990-03-05")).isZero();
    }
}
