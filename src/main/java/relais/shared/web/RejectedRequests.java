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

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        String uri = request.getRequestURI();
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            ApiProblems.write(response, HttpStatus.BAD_REQUEST, "Bad request",
                    "The request's path or headers are not allowed (for example '..', ';' or encoded slashes); it was not processed.");
            return;
        }
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
