package jp.shinko.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.compare.AddTheme;
import jp.shinko.compare.Comparisons;
import jp.shinko.compare.RetireTheme;
import jp.shinko.compare.TaxonomyEntry;
import jp.shinko.compare.TaxonomyHistory;
import jp.shinko.compare.ThemeForm;
import jp.shinko.compare.UpdateTheme;
import jp.shinko.cycle.CycleAction;
import jp.shinko.cycle.CyclePermissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Coordinators and administrators edit the theme taxonomy: add a theme, change a theme's name,
 * description and order, retire it or bring it back. Each change is audited by its command.
 */
@Controller
class ThemeTaxonomyController {

    private static final String LIST = "/themes/edit";

    private final Comparisons comparisons;
    private final TaxonomyHistory history;
    private final AddTheme addTheme;
    private final UpdateTheme updateTheme;
    private final RetireTheme retireTheme;
    private final CycleActors actors;
    private final CycleMessages messages;

    ThemeTaxonomyController(Comparisons comparisons, TaxonomyHistory history, AddTheme addTheme,
                            UpdateTheme updateTheme, RetireTheme retireTheme, CycleActors actors,
                            CycleMessages messages) {
        this.comparisons = comparisons;
        this.history = history;
        this.addTheme = addTheme;
        this.updateTheme = updateTheme;
        this.retireTheme = retireTheme;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping(LIST)
    String list(Authentication authentication, Model model) {
        var taxonomy = comparisons.taxonomy();
        return listPage(model, editor(authentication), taxonomy, nextOrder(taxonomy), List.of());
    }

    @PostMapping(LIST)
    String add(Authentication authentication, @ModelAttribute ThemeForm form, Model model,
               HttpServletResponse response, RedirectAttributes flash) {
        var actor = actors.current(authentication);
        var outcome = addTheme.run(actor, form);
        if (outcome instanceof Outcome.Invalid invalid) {
            response.setStatus(422);
            return listPage(model, actor, comparisons.taxonomy(), form, invalid.problems());
        }
        return CycleOutcomes.redirect(outcome, flash, messages, LIST, LIST);
    }

    @GetMapping(LIST + "/{code}")
    String edit(Authentication authentication, @PathVariable String code, Model model) {
        var actor = editor(authentication);
        var entry = entry(code);
        return editPage(model, actor, entry, ThemeForm.of(entry.theme()), List.of());
    }

    @PostMapping(LIST + "/{code}")
    String update(Authentication authentication, @PathVariable String code, @ModelAttribute ThemeForm form,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        var actor = actors.current(authentication);
        var outcome = updateTheme.run(actor, code, form);
        if (outcome instanceof Outcome.Invalid invalid) {
            response.setStatus(422);
            return editPage(model, actor, entry(code), form, invalid.problems());
        }
        return CycleOutcomes.redirect(outcome, flash, messages, LIST, themeUrl(code));
    }

    @PostMapping(LIST + "/{code}/retired")
    String retire(Authentication authentication, @PathVariable String code, @RequestParam boolean retired,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        var outcome = retireTheme.run(actors.current(authentication), code, retired, reason);
        return CycleOutcomes.redirect(outcome, flash, messages, themeUrl(code), themeUrl(code));
    }

    private Actor editor(Authentication authentication) {
        var actor = actors.current(authentication);
        if (!CyclePermissions.allows(actor, CycleAction.MANAGE_THEMES, null, null)) {
            throw new AccessDeniedException("denied");
        }
        return actor;
    }

    private TaxonomyEntry entry(String code) {
        return comparisons.taxonomy().stream().filter(e -> e.theme().code().equals(code)).findFirst()
                .orElseThrow(CycleOutcomes::notFound);
    }

    private String listPage(Model model, Actor actor, List<TaxonomyEntry> taxonomy, ThemeForm form,
                            List<Problem> problems) {
        model.addAttribute("actor", actor);
        model.addAttribute("taxonomy", taxonomy);
        model.addAttribute("form", form);
        model.addAttribute("problems", messages.byField(problems));
        model.addAttribute("history", history.all());
        return "compare/taxonomy";
    }

    private String editPage(Model model, Actor actor, TaxonomyEntry entry, ThemeForm form, List<Problem> problems) {
        model.addAttribute("actor", actor);
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("problems", messages.byField(problems));
        model.addAttribute("history", history.of(entry.theme().code()));
        return "compare/taxonomy-theme";
    }

    /** The add form starts with the next free position at the end of the list. */
    private static ThemeForm nextOrder(List<TaxonomyEntry> taxonomy) {
        int next = taxonomy.stream().mapToInt(e -> e.theme().order()).max().orElse(0) + 1;
        return new ThemeForm("", "", "", String.valueOf(next), "");
    }

    static String themeUrl(String code) {
        return UriComponentsBuilder.fromPath(LIST + "/{code}").buildAndExpand(code).encode().toUriString();
    }
}
