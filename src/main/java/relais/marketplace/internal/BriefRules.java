package relais.marketplace.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import relais.shared.InputCheck;
import relais.shared.TextRule;

/** The shapes a brief's and a quote's fields must have (MARKETPLACE.md), shared by the API and the pages. */
public final class BriefRules {

    public static final int TITLE = 120;
    public static final int MAX_SKILLS = 10;
    public static final int MAX_PRIORITY_SKILLS = 3;
    public static final int SKILL = 100;
    public static final int MESSAGE_MIN = 20;
    public static final int PURCHASE_ORDER = 100;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MOST_DAYS = new BigDecimal("10000");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private BriefRules() {
    }

    /** Distinct, trimmed, non-blank strings. */
    public static List<String> cleaned(List<String> raw) {
        var values = new ArrayList<String>();
        if (raw != null) {
            raw.stream().filter(s -> s != null && !s.isBlank()).map(String::trim)
                    .filter(s -> values.stream().noneMatch(v -> v.equalsIgnoreCase(s))).forEach(values::add);
        }
        return values;
    }

    public static List<String> languages(InputCheck check, List<String> raw) {
        var codes = new ArrayList<String>();
        if (raw == null) {
            return codes;
        }
        for (int i = 0; i < raw.size(); i++) {
            String code = raw.get(i) == null ? "" : raw.get(i).trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                check.problem("languages[" + i + "]", "validation.language", "must be a two-letter ISO 639-1 code such as fr or en");
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** A positive number of days, in halves, bounded. */
    public static void days(InputCheck check, String field, BigDecimal days) {
        if (days == null) {
            return;
        }
        if (days.compareTo(MOST_DAYS) > 0) {
            check.problem(field, "validation.days.max", "must be at most 10,000 days");
        } else if (days.signum() <= 0 || days.remainder(HALF).signum() != 0) {
            check.problem(field, "validation.days", "must be a positive number of days, in halves (e.g. 10 or 7.5)");
        }
    }

    /** A required free text of at most {@link TextRule#LONG} characters. */
    public static String text(InputCheck check, String field, String raw) {
        String value = raw == null ? null : raw.trim();
        check.required(field, value);
        check.text(field, value, TextRule.LONG, true);
        return value;
    }
}
