package relais.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import relais.account.CurrentUser;

/** Gives every page what the layout needs: who is logged in, their navigation, and where we are. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

    private final relais.notification.Notifications notifications;

    LayoutAttributes(relais.notification.Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        var user = CurrentUser.find().map(u -> u.withoutPassword()).orElse(null);
        model.addAttribute("currentUser", user);
        model.addAttribute("navigation", user == null ? java.util.List.of() : Navigation.of(user.role()));
        model.addAttribute("unreadNotifications", user == null ? 0 : notifications.unreadCount(user.id().value()));
        model.addAttribute("requestPath", request.getRequestURI().substring(request.getContextPath().length()));
    }
}
