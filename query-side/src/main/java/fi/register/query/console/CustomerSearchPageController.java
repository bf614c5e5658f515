package fi.register.query.console;

import fi.register.guard.PersonalIdentityCodeDetector;
import fi.register.query.search.CustomerSearch;
import fi.register.query.search.CustomerSearchPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import java.util.List;

/**
 * Staff's search page, the same search as {@code GET /api/customers?q=} and recorded in the read audit alike. The
 * terms never go into a URL: the form posts them, they are kept in the session (in memory, for this user only), and
 * the page is then drawn by a GET whose only parameter is the page's offset; a new search or signing out replaces
 * them.
 */
@Controller
@RequestMapping(CustomerSearchPageController.PATH)
class CustomerSearchPageController {

    static final String PATH = "/console/customers";
    static final String TERMS = CustomerSearchPageController.class.getName() + ".terms";
    /** What htmx swaps in as staff type: the results, and the field's refusal (or none) beside the field. */
    static final String RESULTS = "console/customers :: typed";
    static final int PAGE_SIZE = 20;
    /** Paging deeper than this is a bulk export, not a search (as the API). */
    static final int DEEPEST_OFFSET = 10_000;

    private final CustomerSearch customers;

    CustomerSearchPageController(CustomerSearch customers) {
        this.customers = customers;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "0") int offset, HttpSession session, Authentication reader, Model model) {
        show((String) session.getAttribute(TERMS), offset, reader, model);
        return "console/customers";
    }

    /** The customers found, each one a read recorded by {@link CustomerSearch}, whichever answer shows them. */
    private void show(String terms, int offset, Authentication reader, Model model) {
        int from = Math.max(0, Math.min(offset, DEEPEST_OFFSET));
        CustomerSearchPage page = customers.find(terms, from, PAGE_SIZE, reader.getName());
        model.addAttribute("terms", terms);
        model.addAttribute("listing", CustomerSearch.isListing(terms));
        model.addAttribute("hits", page.hits().stream().map(ShownCustomer::of).toList());
        model.addAttribute("total", page.total());
        model.addAttribute("nextOffset", page.nextOffset());
        model.addAttribute("previousOffset", from > 0 ? Math.max(0, from - PAGE_SIZE) : null);
    }

    /**
     * A refused search is drawn here (422), its terms not kept; an accepted one is shown by the GET (303). Posted by
     * htmx as staff type ({@code HX-Request}), the answer is the results and the field's refusal only, swapped into
     * the page: the terms still travel in the body and are kept in the session, so a reload or the way back shows
     * the same results.
     */
    @PostMapping
    Object search(@RequestParam(name = "q", required = false) String q, HttpSession session, Model model,
                  HttpServletRequest request, HttpServletResponse response, Authentication reader) {
        boolean typing = "true".equals(request.getHeader("HX-Request"));
        model.addAttribute("typing", typing);
        String terms = q == null ? "" : q.strip();
        if (PersonalIdentityCodeDetector.containsPersonalIdentityCode(terms)) {
            // as the API's screen: the register never searches by one, nor keeps it (not even in the session)
            return refused("search.identityCode", model, response);
        }
        if (terms.length() > CustomerSearch.LONGEST_QUERY || CustomerSearch.hasTooManyTerms(terms)) {
            return refused("search.refused", model, response);
        }
        if (terms.isEmpty()) {
            session.removeAttribute(TERMS);
        } else {
            session.setAttribute(TERMS, terms);
        }
        if (typing) {
            show(terms.isEmpty() ? null : terms, 0, reader, model);
            return RESULTS;
        }
        return seeOther(PATH);
    }

    /** The form again, with the refusal next to the field and no results; the terms are not shown back. */
    private static String refused(String why, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("refused", why);
        model.addAttribute("longestQuery", CustomerSearch.LONGEST_QUERY);
        model.addAttribute("mostTerms", CustomerSearch.MOST_TERMS);
        model.addAttribute("listing", true);
        model.addAttribute("hits", List.of());
        return Boolean.TRUE.equals(model.getAttribute("typing")) ? RESULTS : "console/customers";
    }

    static View seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        // nothing of the model (the terms) may ride along in the URL
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
