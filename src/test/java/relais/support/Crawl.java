package relais.support;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * The pages a person can reach by following links: same-origin GET links only, one page per kind of address (ids
 * replaced by a placeholder), never logging out, downloading or leaving the pages for the API or static files.
 */
public final class Crawl {

    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=/)\\d+(?=/|$|\\?)|(?<=/)[A-Za-z0-9_-]{24,}(?=/|$|\\?)");
    private static final List<String> NOT_PAGES = List.of("/logout", "/api/", "/swagger-ui", "/v3/api-docs",
            "/actuator", "/webjars/", "/css/", "/js/", "/error", "/favicon");
    private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|csv|xml|zip|json|txt|png|jpg|svg|ics)$");

    private final Deque<String> queue = new ArrayDeque<>();
    private final Set<String> kinds = new HashSet<>();
    private final int limit;
    private int taken;

    public Crawl(Collection<String> start, int limit) {
        this.limit = limit;
        start.forEach(this::offer);
    }

    /** The next page to visit, or empty when every kind of page was seen or the limit is reached. */
    public Optional<String> next() {
        if (taken >= limit || queue.isEmpty()) {
            return Optional.empty();
        }
        taken++;
        return Optional.of(queue.poll());
    }

    public void offer(String path) {
        if (path != null && kinds.add(kindOf(path))) {
            queue.add(path);
        }
    }

    /** Follows every link of a page (its navigation and its content). */
    public void offerLinksOf(Document page) {
        page.select("a[href]").forEach(link -> {
            if (!link.hasAttr("download")) {
                localPage(link.attr("abs:href"), page.location()).ifPresent(this::offer);
            }
        });
    }

    /** A page's address with its ids and query values replaced, so one record per kind is visited. */
    public static String kindOf(String path) {
        String kind = ID.matcher(path).replaceAll("{id}");
        int query = kind.indexOf('?');
        return query < 0 ? kind : kind.substring(0, query) + "?" + kind.substring(query + 1).replaceAll("=[^&]*", "=*");
    }

    /** The path (and query) of a link to a page of the same site, when it is one a test should visit. */
    public static Optional<String> localPage(String href, String from) {
        try {
            URI base = URI.create(from);
            URI target = base.resolve(href.trim());
            if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())
                    || !base.getAuthority().equals(target.getAuthority())) {
                return Optional.empty();
            }
            String path = target.getRawPath();
            if (path == null || path.isEmpty() || NOT_PAGES.stream().anyMatch(path::startsWith)
                    || DOWNLOAD.matcher(path.toLowerCase()).matches()) {
                return Optional.empty();
            }
            return Optional.of(target.getRawQuery() == null ? path : path + "?" + target.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
