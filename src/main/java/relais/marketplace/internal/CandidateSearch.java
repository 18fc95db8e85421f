package relais.marketplace.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.freelancer.FreelancerId;
import relais.marketplace.Brief;
import relais.marketplace.Candidate;
import relais.shared.Money;

/**
 * Finds and ranks freelancers for a brief in one SQL statement. It reads the freelancer and mission tables
 * directly (read-only), as the guard's facts query does: asking their modules row by row could not rank 100,000
 * profiles. Skills are compared folded (lower case, no accents) through the GIN index on {@code skill_keys}; the
 * free text goes through PostgreSQL's full-text search (French stemming, accents ignored) on
 * {@code search_document}. Weights: a priority skill 3, another skill 1, free text up to 4, within budget 1,
 * speaks the brief's languages 1, free over the brief's dates 2.
 */
@Repository
public class CandidateSearch {

    /**
     * Two stages, exact: the cheap part of the score (skills, free text, budget, languages) for every match, then the
     * per-row lookups (availability, already invited) only for rows that can still reach the top: a row whose cheap
     * score is more than the availability bonus (2) below the limit-th best cheap score cannot pass the rows above it.
     */
    private static final String SQL = """
            with wanted as (
                select array(select distinct k from unnest(public.relais_fold_all(cast(:skills as text[]))) k) as skill_keys,
                       array(select distinct k from unnest(public.relais_fold_all(cast(:priority as text[]))) k) as priority_keys,
                       case when :text = '' then null
                            else websearch_to_tsquery('public.relais_french', :text) end as words
            ),
            matching as materialized (
                select f.id, f.full_name, f.title, f.skills, f.skill_keys, f.day_rate, f.currency,
                       coalesce(ts_rank(f.search_document, w.words), 0) as text_rank,
                       (f.day_rate is null or cast(:budget as numeric) is null
                            or round(f.day_rate * (1 + :commission), 2) <= cast(:budget as numeric)) as within_budget,
                       f.languages @> cast(:languages as text[]) as speaks,
                       %s as matched,
                       %s as matched_priority
                from freelancer f, wanted w
                where case when w.words is null then f.skill_keys && w.skill_keys
                           else f.search_document @@ w.words end
            ),
            scored as (
                select m.*, matched + 2 * matched_priority + least(text_rank * 10, 4)
                            + case when within_budget then 1 else 0 end + case when speaks then 1 else 0 end as cheap
                from matching m
            ),
            cutoff as (
                select coalesce((select cheap from scored order by cheap desc offset :limit - 1 limit 1), 0)
                       - %d as lowest
            ),
            contenders as (
                select s.*,
                       not exists (select 1 from mission m
                                   where m.freelancer_id = s.id and m.status in ('AGREED', 'IN_PROGRESS')
                                     and m.start_on <= :endOn
                                     and coalesce(m.actual_end_on, m.planned_end_on, date 'infinity') >= :startOn) as available,
                       exists (select 1 from proposal p where p.brief_id = :brief and p.freelancer_id = s.id) as invited
                from scored s, cutoff c
                where s.cheap >= c.lowest
            )
            select *, cheap + case when available then %d else 0 end as score
            from contenders
            order by score desc, full_name, id
            limit :limit""";
    private static final int AVAILABILITY_BONUS = 2;

    private final JdbcClient jdbc;

    CandidateSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Candidate> find(Brief brief, BigDecimal commissionRate, String text, int limit) {
        String sql = SQL.formatted(countOf("skill_keys", brief.skills().size()),
                countOf("priority_keys", brief.prioritySkills().size()), AVAILABILITY_BONUS, AVAILABILITY_BONUS);
        return jdbc.sql(sql)
                .param("skills", brief.skills().toArray(String[]::new))
                .param("priority", brief.prioritySkills().toArray(String[]::new))
                .param("text", text == null ? "" : text.trim())
                .param("budget", brief.budgetDayRate() == null ? null : brief.budgetDayRate().amount())
                .param("commission", commissionRate)
                .param("languages", brief.languages().toArray(String[]::new))
                .param("startOn", brief.startOn())
                .param("endOn", estimatedEnd(brief))
                .param("brief", brief.id().value())
                .param("limit", limit)
                .query((rs, row) -> candidate(rs, brief)).list();
    }

    /**
     * How many of the wanted keys a freelancer has, as one containment test per key: a brief has at most ten skills,
     * and this costs far less per row than intersecting the two arrays. Folding may merge two of the brief's skills
     * ("Sécurité", "securite"), so a key past the folded array's end counts for nothing.
     */
    static String countOf(String wantedKeys, int count) {
        if (count == 0) {
            return "0";
        }
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> "(cardinality(w.%1$s) >= %2$d and f.skill_keys @> array[w.%1$s[%2$d]])::int".formatted(wantedKeys, i))
                .collect(java.util.stream.Collectors.joining(" + "));
    }

    /** The brief's last day if its days are worked at its pace: whole weeks from the start, rounded up. */
    static LocalDate estimatedEnd(Brief brief) {
        int weeks = brief.durationDays().divide(BigDecimal.valueOf(brief.daysPerWeek()), 0, java.math.RoundingMode.CEILING)
                .intValue();
        return brief.startOn().plusWeeks(Math.max(weeks, 1)).minusDays(1);
    }

    private static Candidate candidate(ResultSet rs, Brief brief) throws SQLException {
        var rate = rs.getBigDecimal("day_rate");
        var skills = List.of((String[]) rs.getArray("skills").getArray());
        var keys = List.of((String[]) rs.getArray("skill_keys").getArray());
        var wanted = brief.skills().stream().map(CandidateSearch::fold).toList();
        var matched = new java.util.ArrayList<String>();
        for (int i = 0; i < skills.size() && i < keys.size(); i++) {
            if (wanted.contains(keys.get(i))) {
                matched.add(skills.get(i));
            }
        }
        return new Candidate(new FreelancerId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
                rs.getString("title"), skills, rate == null ? null : new Money(rate, rs.getString("currency")), matched,
                rs.getBoolean("within_budget"), rs.getBoolean("speaks"), rs.getBoolean("available"),
                rs.getBoolean("invited"), rs.getDouble("score"));
    }

    /** Java's folding for the labels only (which of their skills matched); the ranking itself is PostgreSQL's. */
    private static String fold(String skill) {
        return java.text.Normalizer.normalize(skill, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
