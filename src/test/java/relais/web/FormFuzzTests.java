package relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Bundles;
import relais.support.Crawl;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.ThrottleClock;
import relais.support.WalkWorld;
import relais.support.WebSession;

/**
 * Every form of every role, found on the pages a person reaches, is sent with empty, huge, badly formatted and
 * hostile values, one field at a time: never a server error, bad values always refused with a message beside the
 * field, in the page's language, and nothing sent ever comes back as markup. All findings are reported at once.
 *
 * <p>One subclass per role, so that the test JVMs share the fuzzing; each fuzzes a walk world of its own, as the
 * values it sends may change the records.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FormFuzzTests {

    enum Kind { EMPTY, HUGE, BADLY_FORMATTED, HOSTILE }

    record Value(String name, String text, Kind kind) {
    }

    record Field(String name, String tag, String type, boolean required) {

        boolean typed() {
            return "date".equals(type) || "number".equals(type) || "month".equals(type)
                    || TYPED_NAME.matcher(name).matches();
        }

        boolean fixedChoices() {
            return "select".equals(tag) || "checkbox".equals(type) || "radio".equals(type) || "hidden".equals(type);
        }
    }

    record Form(String page, String method, String action, boolean htmx, List<Map.Entry<String, String>> baseline,
            List<Field> fields) {
    }

    record Finding(String role, String language, String form, String field, String value, String kind, String detail) {
    }

    /** Names of fields that hold dates, numbers or money, whatever their input type. */
    private static final Pattern TYPED_NAME = Pattern.compile("on|.*[a-z]On|.*Date|since|days|.*[rR]ate|fee|amount|.*Months|.*From");
    private static final Pattern TECHNICAL = Pattern.compile("Exception|Failed to convert|For input string|could not be parsed"
            + "|java\\.|Required request parameter|not a decimal number|numeric field overflow|must not be null|\\bnull\\b"
            + "|personId|companyId|freelancerId");
    private static final Set<String> NOT_FUZZED = Set.of("/logout", "/language", "/login");
    private static final String SCRIPT = "<script>alert(1)</script>";
    /**
     * Half the forms each role had when the fuzzing was split by role (12, 8 and 32): fewer means the crawl lost its
     * way, not that a form was removed.
     */
    private static final Map<String, Integer> MINIMUM_FORMS = Map.of("freelancer", 6, "client", 4, "manager", 16);

    static final List<Value> VALUES = List.of(
            new Value("empty", "", Kind.EMPTY),
            new Value("100 000 characters", "x".repeat(100_000), Kind.HUGE),
            new Value("letters", "abc", Kind.BADLY_FORMATTED),
            new Value("2026-13-45", "2026-13-45", Kind.BADLY_FORMATTED),
            new Value("1e9", "1e9", Kind.BADLY_FORMATTED),
            new Value("-1", "-1", Kind.BADLY_FORMATTED),
            new Value("script", SCRIPT, Kind.HOSTILE),
            new Value("SQL", "' or 1=1 --", Kind.HOSTILE),
            new Value("NUL", "a\u0000b", Kind.HOSTILE),
            new Value("control characters", "a\u001b[31mb\u0007", Kind.HOSTILE),
            new Value("path", "../../etc/passwd", Kind.HOSTILE),
            new Value("emoji", "🙂 Équipe", Kind.HOSTILE),
            new Value("RTL marks", "\u202Eabc\u200F", Kind.HOSTILE));

    @LocalServerPort
    int port;

    private final String role;
    WalkWorld world;

    @Autowired
    ThrottleClock throttleClock;

    FormFuzzTests(String role) {
        this.role = role;
    }

    @BeforeAll
    void setUp() {
        world = WalkWorld.create(port);
    }

    @Test
    void everyFormOfTheRoleRefusesBadInputWithAFieldMessageInThePageLanguageAndNeverFails() {
        var findings = new ArrayList<Finding>();
        int forms = switch (role) {
            case "freelancer" -> fuzz(role, world.freelancerEmail(), Fixtures.PASSWORD, findings);
            case "client" -> fuzz(role, world.clientEmail(), Fixtures.PASSWORD, findings);
            default -> fuzz(role, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD, findings);
        };

        assertThat(forms).as("forms found").isGreaterThanOrEqualTo(MINIMUM_FORMS.get(role));
        if (!findings.isEmpty()) {
            fail(report(findings, forms));
        }
    }

    private int fuzz(String role, String email, String password, List<Finding> findings) {
        var session = WebSession.logIn(port, email, password);
        var forms = formsOf(role, session);
        try {
            for (String language : List.of("fr", "en")) {
                session.post("/language", Map.of("lang", language));
                for (var form : forms) {
                    for (var field : form.fields()) {
                        for (var value : VALUES) {
                            // English pages get the values that must be refused; the rest is the same code.
                            if ("en".equals(language) && value.kind() == Kind.HOSTILE) {
                                continue;
                            }
                            check(role, language, session, form, field, value, findings);
                        }
                    }
                }
            }
        } finally {
            session.post("/language", Map.of("lang", "fr"));
        }
        return forms.size();
    }

    private void check(String role, String language, WebSession session, Form form, Field field, Value value,
            List<Finding> findings) {
        var sent = new ArrayList<Map.Entry<String, String>>();
        for (var entry : form.baseline()) {
            sent.add(entry.getKey().equals(field.name()) ? Map.entry(field.name(), value.text()) : entry);
        }
        String where = form.method().toUpperCase() + " " + Crawl.kindOf(form.action()) + " (on " + Crawl.kindOf(form.page()) + ")";
        WebSession.Page answer;
        // Many submissions in a row would spend the verdict budget: let its time pass instead of waiting.
        throttleClock.advance(Duration.ofMinutes(10));
        try {
            answer = session.submit(form.method(), form.action(), sent, form.htmx());
        } catch (UncheckedIOException e) {
            findings.add(new Finding(role, language, where, field.name(), value.name(), "no answer", e.getMessage()));
            return;
        }
        var finding = (java.util.function.BiConsumer<String, String>) (kind, detail) -> findings.add(
                new Finding(role, language, where, field.name(), value.name(), kind, detail));
        Document page = Jsoup.parse(answer.html() == null ? "" : answer.html());
        String text = Bundles.normalized(page.body() == null ? "" : page.body().text());
        if (answer.status() >= 500 || text.contains("Un problème est survenu de notre côté")
                || text.contains("Something went wrong on our side")) {
            finding.accept("server error", "status " + answer.status());
            return;
        }
        boolean mustRefuse = !"get".equalsIgnoreCase(form.method()) && !field.fixedChoices() && switch (value.kind()) {
            case EMPTY -> field.required();
            case HUGE -> true;
            case BADLY_FORMATTED, HOSTILE -> field.typed();
        };
        boolean redirected = answer.status() >= 300 && answer.status() < 400;
        if (redirected) {
            String path = answer.location() == null ? null
                    : Crawl.localPage(answer.location(), "http://localhost:" + port + "/").orElse(null);
            Document landed = path == null ? null : Jsoup.parse(session.get(path).html());
            if (landed != null && injected(landed)) {
                finding.accept("markup injected", "the script comes back as markup on " + Crawl.kindOf(path));
            }
            // A refusal may come back after a redirect (post, redirect, get): then the page it lands on tells.
            if (landed == null || landed.select("[aria-invalid=true], .field-error, .notice.error").isEmpty()) {
                if (mustRefuse) {
                    finding.accept("bad value accepted", "redirected to " + (path == null ? answer.location() : Crawl.kindOf(path)));
                }
                return;
            }
            page = landed;
        }
        if (injected(page)) {
            finding.accept("markup injected", "the script comes back as markup");
        }
        if (mustRefuse) {
            boolean fieldMarked = !page.select("[name=" + field.name() + "][aria-invalid=true], #e-" + field.name()).isEmpty();
            boolean anyError = !page.select("[aria-invalid=true], .field-error, .notice.error, [role=alert]").isEmpty();
            if (!fieldMarked && !anyError) {
                finding.accept("no field message", "status " + answer.status() + ", page «"
                        + page.title() + "»" + (form.htmx() ? " (htmx)" : ""));
            } else if (!fieldMarked && !field.fixedChoices() && page.select("[name=" + field.name() + "]").size() > 0) {
                finding.accept("message not beside the field", "status " + answer.status());
            }
        }
        String other = "fr".equals(language) ? "en" : "fr";
        String errors = Bundles.normalized(page.select(".field-error, .notice.error, [role=alert], .notice").text()
                .replace(value.text().isEmpty() ? "\u0000none" : value.text(), "{value}"));
        for (String phrase : Bundles.load().phrasesOnlyIn(other)) {
            if (errors.contains(phrase)) {
                finding.accept("message in the other language (" + other + ")", phrase);
            }
        }
        var technical = TECHNICAL.matcher(errors);
        if (technical.find()) {
            finding.accept("technical message", errors.length() > 200 ? errors.substring(0, 200) + "…" : errors);
        }
    }

    private static boolean injected(Document page) {
        return page.select("script").stream().anyMatch(script -> script.data().contains("alert(1)"));
    }

    /** The forms of a role's pages, one per kind of action and set of fields, with the values they were rendered with. */
    private List<Form> formsOf(String role, WebSession session) {
        var forms = new LinkedHashMap<String, Form>();
        var crawl = new Crawl(world.pagesOf(role), 80);
        String base = "http://localhost:" + port;
        for (var next = crawl.next(); next.isPresent(); next = crawl.next()) {
            var answer = session.get(next.get());
            if (answer.status() != 200) {
                continue;
            }
            Document page = Jsoup.parse(answer.html(), base + next.get());
            crawl.offerLinksOf(page);
            for (Element form : page.select("form")) {
                String htmxAction = form.hasAttr("hx-post") ? form.absUrl("hx-post") : form.absUrl("hx-get");
                boolean htmx = !htmxAction.isEmpty();
                String method = form.hasAttr("hx-post") ? "post" : form.hasAttr("hx-get") ? "get"
                        : form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase();
                String action = Crawl.localPage(htmx ? htmxAction : form.absUrl("action").isEmpty() ? page.location()
                        : form.absUrl("action"), page.location()).orElse(null);
                if (action == null || NOT_FUZZED.stream().anyMatch(action::startsWith)) {
                    continue;
                }
                var baseline = new ArrayList<Map.Entry<String, String>>();
                var fields = new ArrayList<Field>();
                for (Element control : form.select("input[name], select[name], textarea[name]")) {
                    String name = control.attr("name");
                    String type = control.tagName().equals("input") ? control.attr("type").toLowerCase() : control.tagName();
                    if (name.equals("_csrf") || List.of("submit", "button", "reset", "image", "file").contains(type)
                            || ("checkbox".equals(type) || "radio".equals(type)) && !control.hasAttr("checked")) {
                        continue;
                    }
                    String value = switch (control.tagName()) {
                        case "select" -> control.select("option[selected]").isEmpty()
                                ? control.select("option").stream().map(o -> o.attr("value")).filter(v -> !v.isEmpty()).findFirst().orElse("")
                                : control.selectFirst("option[selected]").attr("value");
                        case "textarea" -> control.wholeText();
                        default -> control.attr("value");
                    };
                    // Only what must be there is filled in: an optional field left empty stays empty, as a person leaves it.
                    boolean needed = control.hasAttr("required") || "date".equals(type) || "number".equals(type);
                    baseline.add(Map.entry(name, value.isEmpty() && needed ? plausible(name, type) : value));
                    fields.add(new Field(name, control.tagName(), type, control.hasAttr("required")));
                }
                Element button = form.selectFirst("button[name][type=submit], button[name]:not([type])");
                if (button != null) {
                    baseline.add(Map.entry(button.attr("name"), button.attr("value")));
                }
                var fuzzed = fields.stream().filter(f -> !"hidden".equals(f.type()) && !"checkbox".equals(f.type())
                        && !"radio".equals(f.type())).toList();
                String kind = method + " " + Crawl.kindOf(action) + " " + fields.stream().map(Field::name).toList();
                if (!fuzzed.isEmpty()) {
                    forms.putIfAbsent(kind, new Form(next.get(), method, action, htmx, baseline, fuzzed));
                }
            }
        }
        return List.copyOf(forms.values());
    }

    /** A value that passes for the field's kind, so that a refusal points at the field being tried. */
    private static String plausible(String name, String type) {
        if ("date".equals(type) || TYPED_NAME.matcher(name).matches() && !name.matches("days|.*[rR]ate|fee|amount|.*Months")) {
            return LocalDate.now().toString();
        }
        if ("number".equals(type) || name.matches("days|.*Months")) {
            return "3";
        }
        if (name.matches(".*[rR]ate|fee|amount")) {
            return "650";
        }
        if ("email".equals(type) || name.toLowerCase().contains("email")) {
            return "fuzz-" + Fixtures.next() + "@walk-fuzz.fr";
        }
        return "password".equals(type) ? "a-fuzzed-password-" + Fixtures.next() : "Texte " + Fixtures.next();
    }

    static String report(List<Finding> findings, int forms) {
        var byKind = new TreeMap<String, Map<String, Set<String>>>();
        for (var f : findings) {
            byKind.computeIfAbsent(f.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(f.form() + " field «" + f.field() + "»: " + f.detail(), s -> new LinkedHashSet<>())
                    .add(f.value() + " [" + f.role() + ", " + f.language() + "]");
        }
        var out = new StringBuilder(findings.size() + " findings on " + forms + " forms:\n");
        byKind.forEach((kind, lines) -> {
            out.append("\n== ").append(kind).append(" (").append(lines.size()).append(")\n");
            lines.forEach((line, values) -> out.append("- ").append(line).append("\n    with ")
                    .append(String.join("; ", values)).append("\n"));
        });
        return out.toString();
    }
}
