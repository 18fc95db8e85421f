package relais.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
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

    /** Per mapping, the leading literal segments of each of its patterns; null when a pattern has none to compare. */
    private final Map<RequestMappingInfo, List<List<String>>> literals = new ConcurrentHashMap<>();

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        List<List<String>> prefixes = literals.computeIfAbsent(info, PathFirstHandlerMapping::leadingLiterals);
        if (!prefixes.isEmpty() && getPatternParser() != null && getPatternParser().isCaseSensitive()
                && ServletRequestPathUtils.hasParsedRequestPath(request)) {
            List<String> segments = leadingSegments(
                    ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
            if (segments != null && prefixes.stream().noneMatch(prefix -> startsWith(segments, prefix))) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /**
     * Each pattern's literal segments before its first variable or wildcard (at most {@link #SEGMENTS}); an empty
     * list (no ruling out) when the mapping has no parsed patterns or one of them starts with no literal segment.
     */
    static List<List<String>> leadingLiterals(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() == null) {
            return List.of();
        }
        var prefixes = new ArrayList<List<String>>();
        for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
            List<String> prefix = leadingLiterals(pattern.getPatternString());
            if (prefix.isEmpty()) {
                return List.of();
            }
            prefixes.add(prefix);
        }
        return List.copyOf(prefixes);
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

    /** Whether the path can match a pattern with these leading literals: a shorter path is left to Spring. */
    private static boolean startsWith(List<String> segments, List<String> prefix) {
        for (int i = 0; i < prefix.size() && i < segments.size(); i++) {
            if (!segments.get(i).equals(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }
}
