package relais.shared.web;

import java.util.ArrayList;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.TextRule;

/**
 * A backstop for request parameters no service looks at closely (search queries, filters): NUL and other control
 * characters (line breaks and tabs aside) never reach the database, where NUL would fail as a clash. The API
 * answers 400 naming each parameter; a page asked with such a query answers 400. Forms posted to pages are left
 * to the services, which say what is wrong beside each field.
 */
@Component
class ControlCharacterGuard implements HandlerInterceptor {

    /** Whether a controller class answers the API: looked up once per class, not on every request. */
    private static final ClassValue<Boolean> REST_CONTROLLERS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return AnnotatedElementUtils.hasAnnotation(type, RestController.class);
        }
    };

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        boolean api = REST_CONTROLLERS.get(method.getBeanType());
        if (!api && !"GET".equalsIgnoreCase(request.getMethod())) {
            return true;
        }
        var problems = new ArrayList<FieldProblem>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean bad = TextRule.hasControlCharacter(parameter.getKey(), false);
            for (String value : parameter.getValue()) {
                bad |= value != null && TextRule.hasControlCharacter(value, true);
            }
            if (bad) {
                String field = TextRule.hasControlCharacter(parameter.getKey(), false) ? "parameter" : parameter.getKey();
                problems.add(new FieldProblem(field, "must not contain control characters", TextRule.CONTROL, null));
            }
        }
        if (problems.isEmpty()) {
            return true;
        }
        if (api) {
            throw new InvalidInputException(problems);
        }
        response.sendError(HttpStatus.BAD_REQUEST.value());
        return false;
    }
}
