package fi.register.query.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card's buttons and the officer's forms drawn by this side are posted by htmx where script runs, to the same
 * address as without script; a button (class {@code card-action}) swaps its refusal into an element of the page
 * beside it, which must exist, or the refusal would go nowhere. A new button that forgets either fails here.
 */
class ButtonsAndDpoFormsPostedByHtmxTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates", "console");
    private static final List<String> PAGES = List.of("customer.html", "erasure.html", "requests.html", "audit.html",
            "compliance.html", "dead-letters.html");
    private static final Pattern POSTED_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("th:action=\"([^\"]+)\"");
    private static final Pattern HX_POST = Pattern.compile("th:hx-post=\"([^\"]+)\"");
    private static final Pattern HX_TARGET = Pattern.compile("(?:th:)?hx-target=\"\\|?#([^\"|]+)\\|?\"");

    @Test
    void keeps_EveryButtonAndDpoFormPostedByHtmx_toItsOwnAction_eachButtonsRefusalBesideIt() throws IOException {
        List<String> buttons = new ArrayList<>();
        for (String name : PAGES) {
            String template = Files.readString(TEMPLATES.resolve(name));
            Matcher form = POSTED_FORM.matcher(template);
            while (form.find()) {
                Matcher action = ACTION.matcher(form.group());
                Matcher hxPost = HX_POST.matcher(form.group());
                assertThat(action.find() && hxPost.find() && action.group(1).equals(hxPost.group(1)))
                        .as(name + ": " + form.group()).isTrue();
                if (form.group().contains("class=\"card-action\"")) {
                    Matcher target = HX_TARGET.matcher(form.group());
                    assertThat(target.find()).as(name + ": a button's refusal goes beside it: " + form.group()).isTrue();
                    assertThat(template).as(name + ": the place for " + target.group(1))
                            .containsAnyOf("th:id=\"|" + target.group(1) + "|\"", "id=\"" + target.group(1) + "\"");
                    buttons.add(name);
                }
            }
        }
        assertThat(buttons).as("withdraw, cancel, complete; erase; answer a request; retry a view, a sequence")
                .containsExactly("customer.html", "customer.html", "customer.html", "erasure.html", "requests.html",
                        "dead-letters.html", "dead-letters.html");
    }
}
