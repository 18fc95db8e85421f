package relais.guard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import relais.guard.Employment;
import relais.guard.PersonFact;

/**
 * What the list of relationships ending soon reads besides the stretches: the open work between freelancers and
 * people, the people's employers, and names.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EndingRows {

    /** Open work between a freelancer and a person: a mission not finished, or an open brief. */
    public record OpenWork(Set<String> missionCompanies, Set<String> missionPeople, Set<String> briefs) {

        /** True when the freelancer has a mission not finished with the company or the person, or the company a brief open with that person as contact. */
        public boolean between(String freelancerId, String personId, String companyId) {
            return missionCompanies.contains(freelancerId + "/" + companyId)
                    || missionPeople.contains(freelancerId + "/" + personId)
                    || briefs.contains(companyId + "/" + personId);
        }
    }

    private final JdbcClient jdbc;

    /** Open missions of these freelancers and open briefs naming these people. */
    public OpenWork openWork(Collection<UUID> freelancers, Collection<UUID> people) {
        Set<String> companies = new HashSet<>();
        Set<String> participants = new HashSet<>();
        Set<String> briefs = new HashSet<>();
        if (!freelancers.isEmpty()) {
            jdbc.sql("""
                    select m.freelancer_id, m.company_id, p.person_id from mission m
                    left join mission_participant p on p.mission_id = m.id
                    where m.status in ('AGREED', 'IN_PROGRESS') and m.freelancer_id = any(:ids)""")
                    .param("ids", freelancers.toArray(UUID[]::new)).query(rs -> {
                        companies.add(rs.getString("freelancer_id") + "/" + rs.getString("company_id"));
                        if (rs.getString("person_id") != null) {
                            participants.add(rs.getString("freelancer_id") + "/" + rs.getString("person_id"));
                        }
                    });
        }
        if (!people.isEmpty()) {
            jdbc.sql("select company_id, contact_id from brief where status in ('SUBMITTED', 'SHORTLISTED') and contact_id = any(:ids)")
                    .param("ids", people.toArray(UUID[]::new))
                    .query(rs -> {
                        briefs.add(rs.getString("company_id") + "/" + rs.getString("contact_id"));
                    });
        }
        return new OpenWork(companies, participants, briefs);
    }

    /** Each person's company on {@code on}, by the same rule as the verdicts ({@link PersonFact#companyOn}). */
    public Map<String, String> companiesOn(Collection<UUID> people, LocalDate on) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Employment>> jobs = new HashMap<>();
        jdbc.sql("select person_id, company_id, from_date from person_employment where person_id = any(:ids)")
                .param("ids", people.toArray(UUID[]::new))
                .query(rs -> {
                    jobs.computeIfAbsent(rs.getString("person_id"), id -> new ArrayList<>())
                            .add(new Employment(rs.getString("company_id"), rs.getObject("from_date", LocalDate.class)));
                });
        Map<String, String> companies = new HashMap<>();
        jobs.forEach((id, list) -> companies.put(id, new PersonFact(id, null, List.of(), list).companyOn(on)));
        return companies;
    }

    /** Names by id, read directly: pages and mails about many relationships need nothing else of these records. */
    public Map<String, String> companyNames(Collection<UUID> ids) {
        return names("select id, name as n from company where id = any(:ids)", ids);
    }

    public Map<String, String> personNames(Collection<UUID> ids) {
        return names("select id, full_name as n from person where id = any(:ids)", ids);
    }

    public Map<String, String> freelancerNames(Collection<UUID> ids) {
        return names("select id, full_name as n from freelancer where id = any(:ids)", ids);
    }

    private Map<String, String> names(String sql, Collection<UUID> ids) {
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids.toArray(UUID[]::new))
                    .query(rs -> {
                        names.put(rs.getString("id"), rs.getString("n"));
                    });
        }
        return names;
    }
}
