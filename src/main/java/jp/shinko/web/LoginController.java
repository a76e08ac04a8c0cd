package jp.shinko.web;

import jakarta.servlet.http.HttpSession;
import jp.shinko.command.Outcome;
import jp.shinko.cycle.LoginThrottle;
import jp.shinko.cycle.SetPassword;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page (Spring Security handles the POST) and changing one's own password. */
@Controller
class LoginController {

    private final CycleActors actors;
    private final SetPassword setPassword;
    private final CycleMessages messages;
    private final LoginThrottle throttle;

    LoginController(CycleActors actors, SetPassword setPassword, CycleMessages messages, LoginThrottle throttle) {
        this.actors = actors;
        this.setPassword = setPassword;
        this.messages = messages;
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", throttle.window().toMinutes());
        return "auth/login";
    }

    @GetMapping("/account/password")
    String passwordForm(Authentication authentication, HttpSession session, Model model) {
        model.addAttribute("actor", actors.current(authentication));
        model.addAttribute("mustChange", Boolean.TRUE.equals(session.getAttribute(LoginPasswordGate.MUST_CHANGE)));
        return "auth/password";
    }

    @PostMapping("/account/password")
    String changePassword(Authentication authentication, HttpSession session, @RequestParam String current,
                          @RequestParam String password, @RequestParam String confirmation, Model model,
                          jakarta.servlet.http.HttpServletResponse response, RedirectAttributes flash) {
        var actor = actors.current(authentication);
        var outcome = setPassword.changeOwn(actor, current, password, confirmation);
        if (outcome instanceof Outcome.Invalid invalid) {
            response.setStatus(422);
            model.addAttribute("actor", actor);
            model.addAttribute("mustChange", Boolean.TRUE.equals(session.getAttribute(LoginPasswordGate.MUST_CHANGE)));
            model.addAttribute("problems", messages.byField(invalid.problems()));
            return "auth/password";
        }
        if (outcome.isDone()) {
            session.removeAttribute(LoginPasswordGate.MUST_CHANGE);
        }
        return CycleOutcomes.redirect(outcome, flash, messages, "/cycle", "/account/password");
    }
}
