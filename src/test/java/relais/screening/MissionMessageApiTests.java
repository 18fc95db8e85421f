package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.support.Fixtures.map;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

@IntegrationTest
class MissionMessageApiTests {

    static final String GO_DIRECT = "Et si on continuait sans passer par la plateforme ? Je te paierai directement.";

    /**
     * A freelancer, a client participant and a colleague who is not one, on one mission. With {@code ended}, the
     * mission ended 2026-06-30, so the freelancer is protected with the participant through 2027-06-30.
     */
    record Setup(String missionId, String freelancerEmail, String participantId, Api freelancer, Api participant,
            Api colleague, Api otherFreelancer) {
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;


    Setup setup(String startOn, String endedOn) {
        int n = Fixtures.next();
        String domain = "messages-" + n + ".fr";
        String company = fixtures.companyId(domain);
        String participant = fixtures.person("Paula Participant", "paula@" + domain, company, Fixtures.PASSWORD).text("id");
        fixtures.person("Colin Colleague", "colin@" + domain, company, Fixtures.PASSWORD);
        String freelancerEmail = "messages-" + n + "@free.fr";
        String freelancer = fixtures.freelancerId("Fanny Freelance", freelancerEmail, Fixtures.PASSWORD);
        String otherEmail = "messages-other-" + n + "@free.fr";
        fixtures.freelancerId("Oscar Other", otherEmail, Fixtures.PASSWORD);
        String mission = fixtures.missionId(freelancer, company, List.of(participant), startOn, null);
        if (endedOn != null) {
            fixtures.admin().post("/api/missions/" + mission + "/end", Api.json(map("on", endedOn)));
        }
        return new Setup(mission, freelancerEmail, participant, Api.at(port).as(freelancerEmail, Fixtures.PASSWORD),
                Api.at(port).as("paula@" + domain, Fixtures.PASSWORD), Api.at(port).as("colin@" + domain, Fixtures.PASSWORD),
                Api.at(port).as(otherEmail, Fixtures.PASSWORD));
    }

    Api.Response send(Api who, Setup s, String text) {
        return who.post("/api/missions/" + s.missionId() + "/messages", Api.json(map("text", text)));
    }

    List<String> notificationLinks(String freelancerEmail) {
        return jdbc.sql("""
                select n.link from app_notification n join account a on a.id = n.account_id
                where a.email = :email order by n.created_at""").param("email", freelancerEmail).query(String.class).list();
    }

    @Test
    void theFreelancerAndTheClientParticipantTalkAndAccountManagersRead() {
        var s = setup("2026-01-05", null);
        var sent = send(s.freelancer(), s, "Bonjour, la maquette est prête pour relecture.");
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.text("text")).isEqualTo("Bonjour, la maquette est prête pour relecture.");
        assertThat(sent.json().path("author").path("role").asString()).isEqualTo("FREELANCER");
        assertThat(sent.json().path("flagged").asBoolean()).isFalse();
        assertThat(sent.json().path("reminder").isNull()).isTrue();
        assertThat(send(s.participant(), s, "Merci, je regarde demain.").status()).isEqualTo(201);

        for (Api reader : List.of(s.freelancer(), s.participant(), fixtures.admin())) {
            var list = reader.get("/api/missions/" + s.missionId() + "/messages");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().valueStream().map(m -> m.path("text").asString()))
                    .containsExactly("Bonjour, la maquette est prête pour relecture.", "Merci, je regarde demain.");
        }
        assertThat(s.participant().get("/api/missions/" + s.missionId() + "/messages").json().get(1)
                .path("author").path("personId").asString()).isEqualTo(s.participantId());
    }

    @Test
    void outsidersGetNotFoundAndAccountManagersDoNotWrite() {
        var s = setup("2026-01-05", null);
        for (Api outsider : List.of(s.colleague(), s.otherFreelancer())) {
            assertThat(outsider.get("/api/missions/" + s.missionId() + "/messages").status()).isEqualTo(404);
            assertThat(send(outsider, s, "Bonjour").status()).isEqualTo(404);
        }
        assertThat(send(fixtures.admin(), s, "Bonjour").status()).isEqualTo(403);
        assertThat(s.freelancer().get("/api/missions/00000000-0000-0000-0000-000000000000/messages").status()).isEqualTo(404);
        assertThat(Api.at(port).anonymous().get("/api/missions/" + s.missionId() + "/messages").status()).isEqualTo(401);
    }

    @Test
    void anEmptyMessageIsRefused() {
        var s = setup("2026-01-05", null);
        var response = send(s.freelancer(), s, "   ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("text");
        assertThat(send(s.freelancer(), s, "x".repeat(5_001)).status()).isEqualTo(400);
    }

    @Test
    void aFlaggedMessageIsStillDeliveredAndItsSenderKindlyReminded() {
        var s = setup("2026-01-05", null);
        String text = "Appelle-moi au 06 12 34 56 78 si besoin.";
        var sent = send(s.freelancer(), s, text);
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().path("flagged").asBoolean()).isTrue();
        assertThat(sent.json().path("categories").get(0).asString()).isEqualTo("PHONE");
        var finding = sent.json().path("findings").get(0);
        assertThat(text.substring(finding.path("start").asInt(), finding.path("end").asInt())).isEqualTo("06 12 34 56 78");
        assertThat(sent.text("reminder")).isNotBlank();

        var delivered = s.participant().get("/api/missions/" + s.missionId() + "/messages").json();
        assertThat(delivered.get(0).path("text").asString()).isEqualTo(text);
        assertThat(delivered.get(0).path("flagged").asBoolean()).isTrue();
    }

    @Test
    void aProtectedClientParticipantsProposalOffersTheFreelancerAPrefilledReport() {
        var s = setup("2026-01-05", "2026-06-30");
        var sent = send(s.participant(), s, GO_DIRECT);
        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().path("categories").valueStream().map(c -> c.asString())).contains("GO_DIRECT");

        List<String> links = notificationLinks(s.freelancerEmail());
        assertThat(links).hasSize(1);
        assertThat(links.getFirst()).startsWith("/reports/new?personId=" + s.participantId() + "&channel=MESSAGE&receivedOn=")
                .contains("&text=Et+si+on+continuait");

        var asFreelancer = s.freelancer().get("/api/missions/" + s.missionId() + "/messages").json().get(0);
        assertThat(asFreelancer.path("reportForm").asString()).isEqualTo(links.getFirst());
        var asClient = s.participant().get("/api/missions/" + s.missionId() + "/messages").json().get(0);
        assertThat(asClient.path("reportForm").isNull()).isTrue();
    }

    @Test
    void noOfferWhenThePersonIsFreeOrTheFreelancerProposes() {
        var free = setup("2020-01-06", "2020-03-31"); // protection ended long before today
        assertThat(send(free.participant(), free, GO_DIRECT).status()).isEqualTo(201);
        assertThat(notificationLinks(free.freelancerEmail())).isEmpty();
        assertThat(free.freelancer().get("/api/missions/" + free.missionId() + "/messages").json().get(0)
                .path("reportForm").isNull()).isTrue();

        var own = setup("2026-01-05", "2026-06-30");
        var sent = send(own.freelancer(), own, GO_DIRECT);
        assertThat(sent.json().path("flagged").asBoolean()).isTrue();
        assertThat(notificationLinks(own.freelancerEmail())).isEmpty();
    }
}
