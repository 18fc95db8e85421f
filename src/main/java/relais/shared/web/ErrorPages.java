package relais.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends errors raised outside any controller (filters, the container itself): an
 * RFC 9457 problem for the API and for clients that do not read HTML, the error page for browsers. Asked for
 * directly, /error is just a page that does not exist.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemWriter problems;

    ErrorPages(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String originalPath = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = originalPath != null && originalPath.startsWith(request.getContextPath() + "/api/");
        String accept = request.getHeader("Accept");
        if (api || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            problems.write(request, response, status, kind(status),
                    status == HttpStatus.METHOD_NOT_ALLOWED ? "methodNotAllowed.here" : kind(status));
            return null;
        }
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    /** Without the container's error attributes, this is a direct request for the path /error, which is no page. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The message keys problem.title.* and problem.detail.* of a status. */
    private static String kind(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "badRequest";
            case NOT_FOUND -> "notFound";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case METHOD_NOT_ALLOWED -> "methodNotAllowed";
            case PAYLOAD_TOO_LARGE -> "payloadTooLarge";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupportedMediaType";
            case TOO_MANY_REQUESTS -> "tooMany";
            default -> status.is5xxServerError() ? "internal" : "other";
        };
    }
}
