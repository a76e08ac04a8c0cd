package jp.shinko.web;

import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the round's pages answer a command's outcome: done and refused redirect with a notice
 * (post/redirect/get), denied is 403, not found is 404. Forms that re-show themselves on invalid
 * input or a conflict handle those cases before calling here.
 */
final class CycleOutcomes {

    static final String NOTICE = "notice";
    static final String ALERT = "alert";

    private CycleOutcomes() {
    }

    static String redirect(Outcome outcome, RedirectAttributes flash, CycleMessages messages, String doneUrl,
                           String otherwiseUrl) {
        if (outcome instanceof Outcome.Done done) {
            flash.addFlashAttribute(NOTICE, messages.text(done.message()));
            return "redirect:" + doneUrl;
        }
        if (outcome instanceof Outcome.Refused refused) {
            flash.addFlashAttribute(ALERT, messages.text(refused.reason()));
        } else if (outcome instanceof Outcome.Invalid invalid) {
            flash.addFlashAttribute(ALERT, String.join(" ", invalid.problems().stream()
                    .map(p -> messages.text(p.message())).toList()));
        } else if (outcome instanceof Outcome.Conflict) {
            flash.addFlashAttribute(ALERT, messages.text("cycle.msg.record.changed"));
        } else {
            throw failure(outcome);
        }
        return "redirect:" + otherwiseUrl;
    }

    /** The exception for denied (403) and not found (404). */
    static RuntimeException failure(Outcome outcome) {
        if (outcome instanceof Outcome.Denied) {
            return new AccessDeniedException("denied");
        }
        if (outcome instanceof Outcome.NotFound) {
            return notFound();
        }
        return new IllegalStateException("unexpected outcome " + outcome);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static FiscalYear year(int year) {
        try {
            return FiscalYear.of(year);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }
}
