package relais.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers "which HTTP method?" from a copy taken once, innermost of all filters. Spring MVC asks it up to three times
 * for every mapping it compares a request with (the method condition and the CORS pre-flight checks), which for a
 * path with a variable means every one of the application's mappings; and each time the question went down the
 * chain of wrappers Spring Security and others put around the request: a tenth of a verdict's CPU samples
 * (docs/security.md, "Gathered reads (auth20)"). A request's method never changes once the filters have run.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestMethodOnce extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new KnownMethod(request), response);
    }

    private static final class KnownMethod extends HttpServletRequestWrapper {

        private final String method;

        KnownMethod(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
