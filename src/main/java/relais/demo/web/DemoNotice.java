package relais.demo.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import relais.demo.DemoAccounts;

/** Tells the login page whether the demo accounts, with their public password, exist on this platform. */
@ControllerAdvice(annotations = Controller.class)
class DemoNotice {

    private final DemoAccounts demoAccounts;

    DemoNotice(DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @ModelAttribute
    void demoAccountsOpen(Model model, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/login")) {
            model.addAttribute("demoAccountsOpen", demoAccounts.open());
        }
    }
}
