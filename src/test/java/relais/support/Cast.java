package relais.support;

import static relais.support.Fixtures.map;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The people of a browser story, made through the API with fresh names: one company (its domain {@code name-N.fr}),
 * the people the story needs there, freelancers, and missions between them.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class Cast {

    /** Someone of the story: their id and the address they log in (or are known) with. */
    public record Member(String id, String email) {
    }

    private final int port;
    private final Fixtures fixtures;
    private final int n;
    private final String domain;
    private final String company;

    /** A new company whose domain starts with the story's name. */
    public static Cast of(int port, String name) {
        return of(new Fixtures(port), name);
    }

    /** A new company whose domain starts with the story's name, made by these fixtures. */
    public static Cast of(Fixtures fixtures, String name) {
        int n = Fixtures.next();
        String domain = name + "-" + n + ".fr";
        return new Cast(fixtures.port(), fixtures, n, domain, fixtures.companyId(domain));
    }

    public int n() {
        return n;
    }

    public String domain() {
        return domain;
    }

    public String company() {
        return company;
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    /** The member, logged in through the API with {@link Fixtures#PASSWORD}. */
    public Api as(Member member) {
        return Api.at(port).as(member.email(), Fixtures.PASSWORD);
    }

    /** A client user of the company, who logs in with {@link Fixtures#PASSWORD}. */
    public Member clientUser(String fullName, String localPart) {
        String email = localPart + "@" + domain;
        var response = fixtures.person(fullName, email, company, Fixtures.PASSWORD);
        if (response.status() != 201) {
            throw new IllegalStateException(response.body());
        }
        return new Member(response.text("id"), email);
    }

    /** A person of the company known to the platform, without a login. */
    public Member contact(String fullName, String localPart) {
        String email = localPart + "@" + domain;
        return new Member(fixtures.personId(fullName, email, company), email);
    }

    /** A freelancer ({@code localPart-N@free.fr}) who logs in with {@link Fixtures#PASSWORD}. */
    public Member freelancer(String fullName, String localPart) {
        String email = localPart + "-" + n + "@free.fr";
        return new Member(fixtures.freelancerId(fullName, email, Fixtures.PASSWORD), email);
    }

    /** A mission of the freelancer with the company, from start to end (null: open-ended). */
    public String mission(Member freelancer, String start, String end, Member... participants) {
        List<String> ids = Stream.of(participants).map(Member::id).toList();
        return fixtures.missionId(freelancer.id(), company, ids, start, end);
    }

    /** A mission under way: it started three months ago (Paris time) and ends in a month. */
    public String runningMission(Member freelancer, Member... participants) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return mission(freelancer, today.minusMonths(3).toString(), today.plusMonths(1).toString(), participants);
    }

    /** The freelancer's report, filed today, that the person proposed by e-mail to work without the platform. */
    public String report(Member freelancer, Member person, String said) {
        var reported = as(freelancer).post("/api/reports", Api.json(map(
                "email", person.email(), "receivedOn", LocalDate.now(ZoneId.of("Europe/Paris")).toString(),
                "channel", "EMAIL", "text", said)));
        if (reported.status() != 201) {
            throw new IllegalStateException(reported.body());
        }
        return reported.text("id");
    }

    /** A mission that was started open-ended and then ended on the day given, as an account manager records it. */
    public String endedMission(Member freelancer, String start, String endedOn, Member... participants) {
        String mission = mission(freelancer, start, null, participants);
        var ended = fixtures.admin().post("/api/missions/" + mission + "/end", Api.json(map("on", endedOn)));
        if (ended.status() >= 300) {
            throw new IllegalStateException(ended.body());
        }
        return mission;
    }
}
