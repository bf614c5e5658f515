package fi.register.autoconfigure.console;

import org.springframework.ui.Model;

/**
 * The part of a page that an htmx request gets instead of the page's content: a refusal swapped in beside the button
 * that was refused (the card's buttons, the erasure's), where the whole page would take the card away. Without script
 * the same answer is the whole page, as before ({@link HtmxAnswers}).
 */
public final class HtmxFragment {

    static final String MODEL_ATTRIBUTE = "htmxFragment";

    private HtmxFragment() {
    }

    /** For an htmx request, answer the page's {@code th:fragment="<fragment>"} only. */
    public static void answer(Model model, String fragment) {
        model.addAttribute(MODEL_ATTRIBUTE, fragment);
    }
}
