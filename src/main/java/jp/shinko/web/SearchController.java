package jp.shinko.web;

import jp.shinko.search.ProjectSearch;
import jp.shinko.search.SearchRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Full-text search: the page {@code /search?q=…&plan=…&year=…&node=…&org=…&page=…} and the same
 * as JSON at {@code /api/v1/search}. Malformed numbers are ignored rather than refused: a search
 * link should never end in an error page.
 */
@Controller
class SearchController {

    private final ProjectSearch search;

    SearchController(ProjectSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String plan,
                @RequestParam(required = false) String year, @RequestParam(required = false) String node,
                @RequestParam(required = false) String org, @RequestParam(required = false) String page,
                Model model) {
        var request = request(q, plan, year, node, org, page);
        model.addAttribute("results", search.search(request));
        model.addAttribute("view", new SearchView(request));
        return "search/results";
    }

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SearchResponse api(@RequestParam(required = false) String q, @RequestParam(required = false) String plan,
                       @RequestParam(required = false) String year, @RequestParam(required = false) String node,
                       @RequestParam(required = false) String org, @RequestParam(required = false) String page) {
        return SearchResponse.of(search.search(request(q, plan, year, node, org, page)));
    }

    private static SearchRequest request(String q, String plan, String year, String node, String org, String page) {
        return new SearchRequest(q, plan, number(year), node, org, page == null ? 1 : orOne(number(page)));
    }

    private static Integer number(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static int orOne(Integer number) {
        return number == null ? 1 : number;
    }
}
