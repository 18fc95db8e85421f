package relais.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import relais.account.CurrentUser;

/**
 * Gives every page what the layout needs: who is logged in, their navigation, and where we are. Handlers that write
 * their answer themselves (the API's JSON, files) render no layout, so they are spared the unread count's query:
 * {@code annotations = Controller.class} also selects every {@code @RestController}.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

    private final relais.notification.Notifications notifications;

    LayoutAttributes(relais.notification.Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        if (writesItsOwnBody(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE))) {
            return;
        }
        var user = CurrentUser.find().map(u -> u.withoutPassword()).orElse(null);
        model.addAttribute("currentUser", user);
        model.addAttribute("navigation", user == null ? java.util.List.of() : Navigation.of(user.role()));
        model.addAttribute("unreadNotifications", user == null ? 0 : notifications.unreadCount(user.id().value()));
        model.addAttribute("requestPath", request.getRequestURI().substring(request.getContextPath().length()));
    }

    static boolean writesItsOwnBody(Object handler) {
        return handler instanceof HandlerMethod method && (WHOLE_CLASS_WRITES_ITS_BODY.get(method.getBeanType())
                || method.hasMethodAnnotation(ResponseBody.class));
    }

    /** Looked up once per controller class (every {@code @RestController}), not on every request. */
    private static final ClassValue<Boolean> WHOLE_CLASS_WRITES_ITS_BODY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class);
        }
    };
}
