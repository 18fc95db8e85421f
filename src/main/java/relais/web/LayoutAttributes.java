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

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        var user = CurrentUser.find().map(u -> u.withoutPassword()).orElse(null);
        model.addAttribute("currentUser", user);
        model.addAttribute("navigation", user == null ? java.util.List.of() : Navigation.of(user.role()));
        model.addAttribute("requestPath", request.getRequestURI().substring(request.getContextPath().length()));
    }
}
