package relais.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of annotated handlers, which rules out a mapping by its path's leading literal segments
 * before anything else. For a path with a variable ({@code /api/freelancers/{id}/direct-work}) Spring compares the
 * request with every mapping of the application (some 270), asking each time the method, the CORS pre-flight headers,
 * the parameters, headers and media types, and only then the path: a fifth of a verdict's CPU samples. Comparing
 * {@code api} and {@code freelancers} with the mapping's first literal segments says no to nearly all of them for
 * the price of two string comparisons. Only ever a "no" that the full comparison would give too: a literal segment
 * of a path pattern matches that very text (case-sensitive) at that very place, and anything unusual (a pattern
 * not parsed by PathPatternParser, a case-insensitive parser, a path that does not alternate separator and segment)
 * is left to Spring's comparison, which decides every mapping this lets through, as before.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    /** How many leading segments are compared: enough to tell this application's resources apart. */
    private static final int SEGMENTS = 3;

    /**
     * Per mapping (by identity: a mapping's hash code is worked out anew on every call), the leading literal
     * segments of each of its patterns, or null when it cannot be ruled out that way. Replaced whole on each
     * registration (nearly all at start), so that lookups read it without a lock.
     */
    private volatile Map<RequestMappingInfo, String[][]> literals = new IdentityHashMap<>();

    /** The request path's leading segments, worked out once per lookup rather than once per mapping compared. */
    private final ThreadLocal<List<String>> pathSegments = new ThreadLocal<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        remember(mapping);
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        remember(mapping);
    }

    private synchronized void remember(RequestMappingInfo mapping) {
        var copy = new IdentityHashMap<>(literals);
        copy.put(mapping, leadingLiterals(mapping));
        literals = copy;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        boolean comparable = getPatternParser() != null && getPatternParser().isCaseSensitive()
                && ServletRequestPathUtils.hasParsedRequestPath(request);
        pathSegments.set(comparable
                ? leadingSegments(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication())
                : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            pathSegments.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        List<String> segments = pathSegments.get();
        String[][] prefixes = segments == null ? null : literals.get(info);
        if (prefixes != null && !anyStartsWith(segments, prefixes)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /**
     * Each pattern's literal segments before its first variable or wildcard (at most {@link #SEGMENTS}); null (no
     * ruling out) when the mapping has no parsed patterns or one of them starts with no literal segment.
     */
    static String[][] leadingLiterals(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() == null) {
            return null;
        }
        var prefixes = new ArrayList<String[]>();
        for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
            List<String> prefix = leadingLiterals(pattern.getPatternString());
            if (prefix.isEmpty()) {
                return null;
            }
            prefixes.add(prefix.toArray(String[]::new));
        }
        return prefixes.isEmpty() ? null : prefixes.toArray(String[][]::new);
    }

    static List<String> leadingLiterals(String pattern) {
        var prefix = new ArrayList<String>();
        if (!pattern.startsWith("/")) {
            return prefix;
        }
        for (String segment : pattern.substring(1).split("/", -1)) {
            if (prefix.size() == SEGMENTS || segment.isEmpty() || segment.chars().anyMatch(c -> "{}*?%\\".indexOf(c) >= 0)) {
                break;
            }
            prefix.add(segment);
        }
        return prefix;
    }

    /**
     * The request path's first segments as a pattern's literal elements compare them (decoded, without matrix
     * variables), or null when the path does not read separator, segment, separator, segment… from its start.
     */
    static List<String> leadingSegments(PathContainer path) {
        var segments = new ArrayList<String>(SEGMENTS);
        boolean separatorNext = true;
        for (PathContainer.Element element : path.elements()) {
            if (segments.size() == SEGMENTS) {
                break;
            }
            if (separatorNext != (element instanceof PathContainer.Separator)) {
                return null;
            }
            if (element instanceof PathContainer.PathSegment segment) {
                segments.add(segment.valueToMatch());
            }
            separatorNext = !separatorNext;
        }
        return segments;
    }

    /** Whether the path can match one of the patterns with these leading literals; a shorter path is left to Spring. */
    static boolean anyStartsWith(List<String> segments, String[][] prefixes) {
        for (String[] prefix : prefixes) {
            if (startsWith(segments, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(List<String> segments, String[] prefix) {
        for (int i = 0; i < prefix.length && i < segments.size(); i++) {
            if (!segments.get(i).equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }
}
