package relais.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses suspicious requests (path parameters, encoded dots or slashes, odd headers)
 * before any controller runs; they still get an RFC 9457 problem under /api, and the error page elsewhere.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private final ProblemWriter problems;

    RejectedRequests(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        String uri = request.getRequestURI();
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "badRequest", "rejected");
            return;
        }
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
