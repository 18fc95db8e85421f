package relais.marketplace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.account.AccountManagement;
import relais.guard.bench.Latencies;
import relais.support.BenchmarkRelais;

/**
 * How fast account managers find freelancers for a brief on a platform of 100,000 freelancers with realistic
 * skills (3 to 8 each, from a pool of 60 skills where a few are very common, as Java or SQL are), one in five
 * booked on a running mission. Run with {@code ./relais benchmark} (the pom's benchmark profile), never with the
 * tests. It measures {@link Briefs#candidates} in process (ranking and all) for briefs with and without free text,
 * and writes p50/p95/p99 to target/benchmarks/marketplace-search.txt. It asserts nothing.
 */
class CandidateSearchBenchmark {

    private static final String ADMIN = "bench-admin@relais.bench";
    private static final int FREELANCERS = 100_000;
    private static final int WARMUP = 300;
    private static final int MEASURED = 3_000;

    @Test
    void measure() throws Exception {
        try (var relais = BenchmarkRelais.start(ADMIN, "bench-password-1")) {
            var app = relais.app();
            var jdbc = app.getBean(JdbcClient.class);
            Instant loading = Instant.now();
            load(jdbc);
            var loaded = java.time.Duration.between(loading, Instant.now());
            var briefs = app.getBean(Briefs.class);
            var manager = app.getBean(AccountManagement.class).byEmail(ADMIN).orElseThrow();
            var ids = jdbc.sql("select id from brief order by id").query(UUID.class).list().stream().map(BriefId::new).toList();
            String[] texts = {"", "", "", "banque", "migration cloud", "développeur", "données"};

            for (int i = 0; i < WARMUP; i++) {
                briefs.candidates(ids.get(i % ids.size()), texts[i % texts.length], 20, manager);
            }
            String loadBefore = loadAverage();
            var skillsOnly = new Latencies(MEASURED);
            var withText = new Latencies(MEASURED);
            for (int i = 0; i < MEASURED; i++) {
                String text = texts[i % texts.length];
                long start = System.nanoTime();
                briefs.candidates(ids.get(i % ids.size()), text, 20, manager);
                (text.isEmpty() ? skillsOnly : withText).add(System.nanoTime() - start);
            }
            var lines = new ArrayList<String>();
            lines.add("Candidate search for a brief over " + FREELANCERS + " freelancers (loaded in " + loaded.toSeconds() + " s)");
            lines.add(row("skills only", skillsOnly));
            lines.add(row("skills + free text", withText));
            // Other processes share the machine's cores: their load is part of what these figures mean.
            lines.add("load average (1, 5, 15 min) before: " + loadBefore + ", after: " + loadAverage());
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.write(Path.of("target/benchmarks/marketplace-search.txt"), lines);
            lines.forEach(System.out::println);
        }
    }

    private static String loadAverage() throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        var fields = Files.readString(loadavg).trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(fields, Math.min(3, fields.length)));
    }

    private static String row(String what, Latencies l) {
        return "%-20s n=%5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms".formatted(what, l.count(),
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99));
    }

    /** Freelancers, a company with its contact, missions for one freelancer in five, and twenty briefs. */
    private static void load(JdbcClient jdbc) {
        jdbc.sql("""
                insert into company (id, name, siren) values ('00000000-0000-0000-0000-00000000c001', 'Bench SA', '732829320');
                insert into person (id, full_name, company_id)
                values ('00000000-0000-0000-0000-00000000b001', 'Bench Buyer', '00000000-0000-0000-0000-00000000c001');
                """).update();
        jdbc.sql("""
                with pool as (
                    select array['Java','SQL','JavaScript','Python','Spring','React','PostgreSQL','Docker','Kubernetes',
                                 'AWS','Azure','TypeScript','Angular','Vue.js','Node.js','Go','Rust','Kotlin','Swift',
                                 'Android','iOS','Terraform','Ansible','Kafka','Spark','Scala','dbt','Snowflake','Airflow',
                                 'Pandas','Machine learning','TensorFlow','PyTorch','Figma','UX research','UI design',
                                 'Product management','Scrum','SAFe','Jira','Salesforce','SAP','ABAP','Power BI',
                                 'Tableau','Excel','C#','.NET','PHP','Symfony','Laravel','Drupal','WordPress','Sécurité',
                                 'OWASP','Pentest','Réseau','Linux','Bash','Électronique embarquée'] as skills,
                           array['Développeur Java','Développeuse full-stack','Data engineer','Consultante cloud',
                                 'Architecte logiciel','Designer UX','Chef de projet','Ingénieur DevOps',
                                 'Consultant SAP','Analyste sécurité','Product owner','Data scientist'] as titles
                )
                insert into freelancer (id, full_name, email, title, skills, day_rate, languages)
                select gen_random_uuid(), 'Freelance ' || g, 'bench' || g || '@free.bench',
                       titles[1 + (g % 12)],
                       array(select distinct skills[1 + least(59, floor(power(random(), 2) * 60)::int)]
                             from generate_series(1, 3 + (g % 6))),
                       400 + (g % 60) * 10,
                       case when g % 3 = 0 then array['fr','en'] else array['fr'] end
                from generate_series(1, :n) g, pool""").param("n", FREELANCERS).update();
        jdbc.sql("""
                insert into mission (id, freelancer_id, company_id, title, agreed_on, introduced_on, start_on, planned_end_on, status)
                select gen_random_uuid(), id, '00000000-0000-0000-0000-00000000c001', 'Bench mission',
                       current_date - 30, current_date - 30, current_date - 20, current_date + 90, 'IN_PROGRESS'
                from freelancer where email like 'bench%' and random() < 0.2""").update();
        jdbc.sql("""
                insert into brief (id, company_id, contact_id, title, description, skills, priority_skills, languages,
                                   start_on, duration_days, days_per_week, work_mode, location, budget_day_rate,
                                   profiles_wanted, nda, status, submitted_at, shortlist_due_at)
                select gen_random_uuid(), '00000000-0000-0000-0000-00000000c001', '00000000-0000-0000-0000-00000000b001',
                       'Brief ' || b, 'Bench', s.skills, s.skills[1:1], array['fr'], current_date + 30, 20, 5, 'REMOTE',
                       null, 750, 1, false, 'SUBMITTED', now(), now() + interval '2 days'
                from generate_series(1, 20) b,
                     lateral (select case b % 10
                                         when 0 then array['Java','Spring','PostgreSQL']
                                         when 1 then array['Python','dbt','Snowflake','Airflow']
                                         when 2 then array['React','TypeScript']
                                         when 3 then array['Kubernetes','Terraform','AWS']
                                         when 4 then array['Figma','UX research']
                                         when 5 then array['SAP','ABAP']
                                         when 6 then array['Sécurité','Pentest']
                                         when 7 then array['Kotlin','Android']
                                         when 8 then array['C#','.NET','Azure']
                                         else array['Go','Kafka'] end
                                     as skills) s""").update();
        jdbc.sql("analyze").update();
    }
}
