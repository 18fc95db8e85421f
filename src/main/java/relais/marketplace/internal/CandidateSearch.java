package relais.marketplace.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.freelancer.FreelancerId;
import relais.marketplace.Brief;
import relais.marketplace.Candidate;
import relais.shared.Money;

/**
 * Finds and ranks freelancers for a brief in SQL. It reads the freelancer and mission tables directly (read-only), as
 * the guard's facts query does: asking their modules row by row could not rank 100,000 profiles. Skills are compared
 * folded (lower case, no accents) through the GIN index on {@code skill_keys}; the free text goes through PostgreSQL's
 * full-text search (French stemming, accents ignored) on {@code search_document}. Weights: a priority skill 3, another
 * skill 1, free text up to 4, within budget 1, speaks the brief's languages 1, free over the brief's dates 2; ties go
 * by name, then id.
 *
 * <p>A common skill (Java on half the profiles) would make every search rank tens of thousands of rows. So the same
 * statement is run on skill tiers ({@link TierWalk}, {@link SkillTiers}): first only the freelancers who have every
 * skill of the brief, found by one containment test on the index; the answer is final as soon as its last score beats
 * what anyone with fewer skills could reach. The result is exactly the one a pass over every match gives.
 */
@Repository
@RequiredArgsConstructor
public class CandidateSearch {

    static final int AVAILABILITY_BONUS = 2;
    static final int TEXT_BONUS = 4;
    static final int BUDGET_BONUS = 1;
    static final int LANGUAGES_BONUS = 1;
    /** Below this many matches of the free text, ranking them all costs less than reading tiers. */
    static final int FEW_TEXT_MATCHES = 500;

    /**
     * One tier, exact within it: the cheap part of the score (skills, free text, budget, languages) for every
     * freelancer of the tier, then the per-row lookups (availability, already invited) only for rows that can still
     * reach the top: a row whose cheap score is more than the availability bonus below the limit-th best cheap score
     * cannot pass the rows above it. Placeholders: the words, the match condition, the bonuses.
     */
    private static final String SQL = """
            with wanted as (
                select array(select distinct k from unnest(public.relais_fold_all(cast(:skills as text[]))) k) as skill_keys,
                       array(select distinct k from unnest(public.relais_fold_all(cast(:priority as text[]))) k) as priority_keys,
                       %1$s as words
            ),
            matching as materialized (
                select f.id, f.full_name, f.title, f.skills, f.skill_keys, f.day_rate, f.currency,
                       coalesce(ts_rank(f.search_document, w.words), 0) as text_rank,
                       (f.day_rate is null or cast(:budget as numeric) is null
                            or round(f.day_rate * (1 + :commission), 2) <= cast(:budget as numeric)) as within_budget,
                       f.languages @> cast(:languages as text[]) as speaks,
                       %3$s as matched,
                       %4$s as matched_priority
                from freelancer f, wanted w
                where %2$s
            ),
            scored as materialized (
                select m.*, matched + 2 * matched_priority + least(text_rank * 10, %5$d)
                            + case when within_budget then %6$d else 0 end + case when speaks then %7$d else 0 end as cheap
                from matching m
                where matched + 2 * matched_priority >= :floor
            ),
            cutoff as (
                select coalesce((select cheap from scored order by cheap desc offset :limit - 1 limit 1), 0)
                       - %8$d as lowest
            ),
            contenders as (
                select s.*, booked.freelancer_id is null as available,
                       exists (select 1 from proposal p where p.brief_id = :brief and p.freelancer_id = s.id) as invited
                from scored s
                join cutoff c on s.cheap >= c.lowest
                left join lateral (select m.freelancer_id from mission m
                                   where m.freelancer_id = s.id and m.status in ('AGREED', 'IN_PROGRESS')
                                     and m.start_on <= :endOn
                                     and coalesce(m.actual_end_on, m.planned_end_on, date 'infinity') >= :startOn
                                   limit 1) booked on true
            )
            select *, cheap + case when available then %8$d else 0 end as score
            from contenders
            order by score desc, full_name, id
            limit :limit""";

    private final JdbcClient jdbc;

    public List<Candidate> find(Brief brief, BigDecimal commissionRate, String text, int limit) {
        String words = text == null ? "" : text.trim();
        boolean withText = !words.isEmpty();
        var tiers = SkillTiers.of(brief.skills(), brief.prioritySkills());
        // Without text every match shares a skill with the brief, so its skill part is at least 1.
        int lowestFloor = withText ? 0 : 1;
        int bonus = (withText ? TEXT_BONUS : 0) + BUDGET_BONUS + LANGUAGES_BONUS + AVAILABILITY_BONUS;
        if (withText && fewTextMatches(words)) {
            return tier(brief, commissionRate, words, limit, lowestFloor, List.of());
        }
        return TierWalk.best(tiers, lowestFloor, bonus, limit, Candidate::score,
                (floor, sets) -> tier(brief, commissionRate, words, limit, floor, sets));
    }

    /**
     * Whether the free text matches so few profiles that ranking them all is cheaper than walking the tiers (a word no
     * profile has costs one index probe instead of a few empty tiers).
     */
    private boolean fewTextMatches(String words) {
        int matches = jdbc.sql("""
                select count(*) from (select 1 from freelancer f
                                      where f.search_document @@ websearch_to_tsquery('public.relais_french', :text)
                                      limit :most) probe""")
                .param("text", words).param("most", FEW_TEXT_MATCHES).query(Integer.class).single();
        return matches < FEW_TEXT_MATCHES;
    }

    private List<Candidate> tier(Brief brief, BigDecimal commissionRate, String words, int limit, int floor,
            List<List<String>> sets) {
        boolean withText = !words.isEmpty();
        String sql = SQL.formatted(withText ? "websearch_to_tsquery('public.relais_french', :text)" : "cast(null as tsquery)",
                matchCondition(withText, sets.size()), countOf("skill_keys", brief.skills().size()),
                countOf("priority_keys", brief.prioritySkills().size()), TEXT_BONUS, BUDGET_BONUS, LANGUAGES_BONUS,
                AVAILABILITY_BONUS);
        var statement = jdbc.sql(sql)
                .param("skills", brief.skills().toArray(String[]::new))
                .param("priority", brief.prioritySkills().toArray(String[]::new))
                .param("budget", brief.budgetDayRate() == null ? null : brief.budgetDayRate().amount())
                .param("commission", commissionRate)
                .param("languages", brief.languages().toArray(String[]::new))
                .param("startOn", brief.startOn())
                .param("endOn", estimatedEnd(brief))
                .param("brief", brief.id().value())
                .param("floor", floor)
                .param("limit", limit);
        if (withText) {
            statement = statement.param("text", words);
        }
        for (int i = 0; i < sets.size(); i++) {
            statement = statement.param("set" + i, sets.get(i).toArray(String[]::new));
        }
        return statement.query((rs, row) -> candidate(rs, brief)).list();
    }

    /**
     * Who the search considers: the free text's matches, or without text whoever shares a skill with the brief; within
     * a tier, only those who have every skill of one of its sets. There the set containments alone drive the index (an
     * overlap test on the same index would read every wanted skill's whole posting list, Java's included), and the
     * overlap is only checked on the rows found.
     */
    static String matchCondition(boolean withText, int sets) {
        String tier = java.util.stream.IntStream.range(0, sets)
                .mapToObj(i -> "f.skill_keys @> public.relais_fold_all(cast(:set%d as text[]))".formatted(i))
                .collect(java.util.stream.Collectors.joining(" or ", "(", ")"));
        if (withText) {
            return sets == 0 ? "f.search_document @@ w.words" : "f.search_document @@ w.words and " + tier;
        }
        return sets == 0 ? "f.skill_keys && w.skill_keys" : "coalesce(f.skill_keys && w.skill_keys, false) and " + tier;
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
