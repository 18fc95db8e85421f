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

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String originalPath = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = originalPath != null && originalPath.startsWith(request.getContextPath() + "/api/");
        String accept = request.getHeader("Accept");
        if (api || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            ApiProblems.write(response, status, status.getReasonPhrase(), detail(status));
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

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed (its path, encoding or headers) and was not processed.";
            case NOT_FOUND -> "There is no such path.";
            case UNAUTHORIZED -> "Authenticate with HTTP Basic (e-mail and password) or a Bearer API token.";
            case FORBIDDEN -> "Your account may not do this.";
            case METHOD_NOT_ALLOWED -> "This method is not supported here.";
            case PAYLOAD_TOO_LARGE -> "The request is too large.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side; nothing was changed. Please try again."
                    : "The request could not be processed.";
        };
    }
}
