package relais.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.marketplace.Brief;
import relais.marketplace.BriefId;
import relais.marketplace.WorkMode;
import relais.shared.Money;
import relais.shared.PlatformDates;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The search read tier by tier gives exactly the list of the search that ranks every match (the statement it
 * replaced, kept here as the reference): same freelancers, same order, same scores, on random briefs over random
 * freelancers with common and rare skills, accents and case, shared names (ties go by id), free text, budgets,
 * languages and missions over the brief's dates.
 */
@IntegrationTest
class CandidateSearchEquivalenceTests {

    /** The search as it was before the tiers: every match scored, then the lookups for the rows that may still reach the top. */
    private static final String EVERY_MATCH = """
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
                select coalesce((select cheap from scored order by cheap desc offset :limit - 1 limit 1), 0) - 2 as lowest
            ),
            contenders as (
                select s.*,
                       not exists (select 1 from mission m
                                   where m.freelancer_id = s.id and m.status in ('AGREED', 'IN_PROGRESS')
                                     and m.start_on <= :endOn
                                     and coalesce(m.actual_end_on, m.planned_end_on, date 'infinity') >= :startOn) as available
                from scored s, cutoff c
                where s.cheap >= c.lowest
            )
            select id, cheap + case when available then 2 else 0 end as score
            from contenders
            order by score desc, full_name, id
            limit :limit""";

    private static final String[] SKILLS = {"Java", "SQL", "Sécurité", "Réseau", "Go", "Figma", "Kafka", "Excel"};
    private static final String[] NAMES = {"Camille", "Dominique", "Élodie", "Alix", "Sacha", "Noé"};
    private static final String[] TITLES = {"Développeur", "Développeuse réseau", "Consultante", "Architecte sécurité", "Chef de projet"};
    private static final BigDecimal COMMISSION = new BigDecimal("0.15");

    /** Letters only, so that the full-text parser keeps it one word; shared by every freelancer this class creates. */
    private static String tag;

    @Autowired
    CandidateSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106})
    void theTieredSearchGivesTheListOfTheSearchOverEveryMatch(long seed) {
        createFreelancersOnce();
        var random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            var brief = randomBrief(random);
            String text = pickText(random);
            int limit = 1 + random.nextInt(random.nextBoolean() ? 10 : 60);

            var found = search.find(brief, COMMISSION, text, limit).stream()
                    .map(c -> c.id().value() + " " + c.score()).toList();

            assertThat(found).as("skills %s, priority %s, text '%s', limit %d", brief.skills(), brief.prioritySkills(),
                    text, limit).isEqualTo(everyMatch(brief, text, limit));
        }
    }

    private List<String> everyMatch(Brief brief, String text, int limit) {
        String sql = EVERY_MATCH.formatted(CandidateSearch.countOf("skill_keys", brief.skills().size()),
                CandidateSearch.countOf("priority_keys", brief.prioritySkills().size()));
        return jdbc.sql(sql)
                .param("skills", brief.skills().toArray(String[]::new))
                .param("priority", brief.prioritySkills().toArray(String[]::new))
                .param("text", text.trim())
                .param("budget", brief.budgetDayRate() == null ? null : brief.budgetDayRate().amount())
                .param("commission", COMMISSION)
                .param("languages", brief.languages().toArray(String[]::new))
                .param("startOn", brief.startOn())
                .param("endOn", CandidateSearch.estimatedEnd(brief))
                .param("limit", limit)
                .query((rs, row) -> rs.getObject("id", UUID.class) + " " + rs.getDouble("score")).list();
    }

    private String pickText(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> tag;
            case 1 -> "développeuse " + tag;
            case 2 -> "sécurité " + tag;
            case 3 -> "introuvablemot " + tag;
            default -> "";
        };
    }

    private Brief randomBrief(Random random) {
        var skills = new ArrayList<String>();
        for (String skill : pick(random, List.of(SKILLS), 1 + random.nextInt(5))) {
            // Written as a client would: sometimes without accents or in lower case; the search folds them.
            String written = random.nextInt(4) == 0 ? java.text.Normalizer.normalize(skill, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT) : skill;
            skills.add(written + " " + tag);
        }
        var priority = pick(random, skills, random.nextInt(Math.min(3, skills.size()) + 1));
        var languages = switch (random.nextInt(3)) {
            case 0 -> List.<String>of();
            case 1 -> List.of("fr");
            default -> List.of("fr", "en");
        };
        var budget = random.nextInt(3) == 0 ? null : Money.euros(String.valueOf(500 + 50 * random.nextInt(8)));
        LocalDate start = LocalDate.now(PlatformDates.PARIS).plusDays(random.nextInt(60));
        return Brief.submitted(BriefId.random(), new CompanyId(UUID.randomUUID()), new PersonId(UUID.randomUUID()),
                "Équivalence", "Comparer les deux recherches.", skills, priority, languages, start,
                new BigDecimal(1 + random.nextInt(40)), 1 + random.nextInt(5), WorkMode.REMOTE, null, budget, 1, false,
                Instant.now(), null);
    }

    /** About 1,500 freelancers with skewed skills (the first ones of the list far more common), once per test run. */
    private void createFreelancersOnce() {
        synchronized (CandidateSearchEquivalenceTests.class) {
            if (tag != null) {
                return;
            }
            tag = letters(Fixtures.next()) + "qzx";
            String company = fixtures.companyId("equivalence-" + tag + ".fr");
            var random = new Random(7);
            LocalDate today = LocalDate.now(PlatformDates.PARIS);
            for (int g = 0; g < 1_500; g++) {
                var skills = new ArrayList<String>();
                int count = random.nextInt(5);
                for (int s = 0; s < count; s++) {
                    String skill = SKILLS[(int) Math.floor(Math.pow(random.nextDouble(), 2) * SKILLS.length)] + " " + tag;
                    if (!skills.contains(skill)) {
                        skills.add(skill);
                    }
                }
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                        insert into freelancer (id, full_name, email, title, skills, day_rate, languages)
                        values (:id, :name, :email, :title, :skills, :rate, :languages)""")
                        .param("id", id)
                        .param("name", NAMES[random.nextInt(NAMES.length)] + " " + tag)
                        .param("email", "equivalence" + g + "@" + tag + ".example.fr")
                        .param("title", TITLES[random.nextInt(TITLES.length)] + (random.nextBoolean() ? " " + tag : ""))
                        .param("skills", skills.toArray(String[]::new))
                        .param("rate", random.nextInt(6) == 0 ? null : new BigDecimal(350 + 25 * random.nextInt(20)))
                        .param("languages", random.nextBoolean() ? new String[] {"fr"} : new String[] {"fr", "en"})
                        .update();
                if (random.nextInt(4) == 0) {
                    LocalDate startOn = today.plusDays(random.nextInt(120) - 30);
                    jdbc.sql("""
                            insert into mission (id, freelancer_id, company_id, title, agreed_on, introduced_on, start_on,
                                                 planned_end_on, actual_end_on, status)
                            values (:id, :freelancer, cast(:company as uuid), 'Équivalence', :agreed, :agreed, :start, :planned,
                                    :actual, :status)""")
                            .param("id", UUID.randomUUID())
                            .param("freelancer", id)
                            .param("company", company)
                            .param("agreed", startOn.minusDays(10))
                            .param("start", startOn)
                            .param("planned", random.nextInt(5) == 0 ? null : startOn.plusDays(random.nextInt(90)))
                            .param("actual", random.nextInt(5) == 0 ? startOn.plusDays(random.nextInt(30)) : null)
                            .param("status", List.of("AGREED", "IN_PROGRESS", "FINISHED", "CANCELLED").get(random.nextInt(4)))
                            .update();
                }
            }
        }
    }

    private static String letters(int number) {
        var text = new StringBuilder();
        int n = number;
        do {
            text.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return text.toString();
    }

    private static <T> List<T> pick(Random random, List<T> from, int count) {
        var copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }
}
