package fi.register.command.console;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff form that commands is posted by htmx where script runs (its refusals then appear without a page load),
 * to the same address as without script: a new form that forgets it, or points htmx elsewhere, fails here.
 */
class FormsPostedByHtmxTest {

    private static final Pattern COMMAND_FORM = Pattern.compile("<form[^>]*class=\"command\"[^>]*method=\"post\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("th:action=\"([^\"]+)\"");
    private static final Pattern HX_POST = Pattern.compile("th:hx-post=\"([^\"]+)\"");

    @Test
    void keeps_EveryCommandFormPostedByHtmx_toItsOwnAction() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/console/*.html");
        List<String> forms = new ArrayList<>();
        for (Resource template : templates) {
            Matcher form = COMMAND_FORM.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (form.find()) {
                Matcher action = ACTION.matcher(form.group());
                Matcher hxPost = HX_POST.matcher(form.group());
                assertThat(action.find() && hxPost.find() && action.group(1).equals(hxPost.group(1)))
                        .as(template.getFilename() + ": " + form.group()).isTrue();
                forms.add(template.getFilename());
            }
        }
        assertThat(forms).as("the command forms found").contains("registration.html", "booking.html",
                "details-form.html", "interview.html", "order.html", "record-correction.html");
    }
}
