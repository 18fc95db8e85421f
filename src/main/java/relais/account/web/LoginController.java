package relais.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final long LONGEST_WAIT_SECONDS = 2 * 24 * 3600;

    /** After slowed-down attempts the page says how long to wait; a wait that is not a plausible number is ignored. */
    @GetMapping("/login")
    String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
        Long seconds = seconds(wait);
        if (seconds != null) {
            boolean inMinutes = seconds >= 120;
            model.addAttribute("waitAmount", inMinutes ? (seconds + 59) / 60 : seconds);
            model.addAttribute("waitUnit", inMinutes ? "login.wait.minutes" : "login.wait.seconds");
        }
        return "login";
    }

    private static Long seconds(String wait) {
        if (wait == null || !wait.matches("[0-9]{1,7}")) {
            return null;
        }
        long seconds = Long.parseLong(wait);
        return seconds >= 1 && seconds <= LONGEST_WAIT_SECONDS ? seconds : null;
    }
}
