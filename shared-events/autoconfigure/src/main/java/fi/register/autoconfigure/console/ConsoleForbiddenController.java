package fi.register.autoconfigure.console;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page a signed-in user gets, answered 403, when the role does not allow the page asked for or a form came
 * without its CSRF token. Any method: the refused request is forwarded here as it came (a POST stays a POST).
 */
@Controller
class ConsoleForbiddenController {

    @RequestMapping(ConsolePaths.FORBIDDEN)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "console/forbidden";
    }
}
