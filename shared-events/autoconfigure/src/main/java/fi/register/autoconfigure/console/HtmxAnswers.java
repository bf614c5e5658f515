package fi.register.autoconfigure.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * How a console page answers htmx (a form posted by the browser's script, {@code HX-Request: true}) without any
 * controller knowing: the page's main content only ({@code <template> :: content}, which htmx swaps into
 * {@code <main>}, so a refusal appears next to its field without a page load), and a redirect as {@code HX-Redirect}
 * (htmx then loads that page whole, as the browser would have followed the 303). Without script the same request is
 * the plain form post, and the answer the whole page. A controller that answers a fragment of its own ({@code ::})
 * is left alone. The answer passes the same chain as the page: no-store and the read audit are the controller's and
 * the chain's, unchanged.
 * <p>
 * A button that swaps its refusal in beside itself (the card's buttons, the erasure's) targets an element next to it;
 * its controller names the page's small part for that ({@link HtmxFragment}), and the page's content, when it is the
 * answer instead (the erasure done), is sent back to {@code <main>} whatever the button targeted.
 */
final class HtmxAnswers implements HandlerInterceptor {

    static final String REQUEST = "HX-Request";
    static final String REDIRECT = "HX-Redirect";
    static final String REFRESH = "HX-Refresh";
    static final String RETARGET = "HX-Retarget";
    static final String RESWAP = "HX-Reswap";
    /** Every console page is drawn in the layout from its {@code th:fragment="content"}. */
    static final String CONTENT = " :: content";

    /** Asked by htmx for a part of a page: a request the browser's own navigation never sends. */
    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader(REQUEST));
    }

    /**
     * The chain refused an htmx request (signed out after the idle time, a form whose CSRF token went with the
     * session, a role without the page): htmx would swap no 401 or 403, so the click would do nothing. Have the
     * browser reload the page instead, which meets the same refusal as a browser without script: the sign-in page
     * (and back to this page after it) or the 403 page.
     */
    static void reloadThePage(HttpServletResponse response, HttpStatus refusal) {
        response.setHeader(REFRESH, "true");
        response.setStatus(refusal.value());
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || !isHtmx(request)) {
            return;
        }
        String redirect = redirectTarget(page);
        if (redirect != null) {
            response.setHeader(REDIRECT, redirect.startsWith("/") ? request.getContextPath() + redirect : redirect);
            response.setStatus(HttpStatus.NO_CONTENT.value());
            // nothing rendered: in particular no model attribute rides along into the redirect's URL
            page.clear();
            return;
        }
        String view = page.getViewName();
        if (view == null || view.contains("::")) {
            return;
        }
        Object fragment = page.getModel().get(HtmxFragment.MODEL_ATTRIBUTE);
        if (fragment != null) {
            page.setViewName(view + " :: " + fragment);
            return;
        }
        page.setViewName(view + CONTENT);
        // what main holds goes into main, also when the element that asked targets something smaller
        response.setHeader(RETARGET, "#main");
        response.setHeader(RESWAP, "innerHTML");
    }

    private static String redirectTarget(ModelAndView page) {
        View view = page.getView();
        if (view instanceof RedirectView target) {
            return target.getUrl();
        }
        String name = page.getViewName();
        if (name != null && name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)) {
            return name.substring(UrlBasedViewResolver.REDIRECT_URL_PREFIX.length());
        }
        return null;
    }
}
