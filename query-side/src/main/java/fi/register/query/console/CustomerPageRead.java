package fi.register.query.console;

import fi.register.autoconfigure.problem.Refusal;
import fi.register.events.audit.PersonalDataRead;
import fi.register.query.audit.PersonalDataReads;
import fi.register.query.problem.QueryRefusedException;
import fi.register.query.registerview.RegisterView;
import fi.register.query.registerview.RegisterViewReader;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.UUID;

/**
 * One customer's register view for a console page, recorded in the read audit as the reader's {@code REGISTER_VIEW}
 * read the moment it is handed out, so no page can show it unrecorded; or the query side's refusal (unknown or
 * erased), which is no read of anyone's data.
 */
@Component
class CustomerPageRead {

    private static final String GONE = "console/customer-gone";

    private final RegisterViewReader registerView;
    private final PersonalDataReads reads;

    CustomerPageRead(RegisterViewReader registerView, PersonalDataReads reads) {
        this.registerView = registerView;
        this.reads = reads;
    }

    /** The view, recorded as read; or the query side's refusal, recorded as nothing. */
    Outcome read(UUID customerId, Authentication reader) {
        RegisterView view;
        try {
            view = registerView.read(customerId);
        } catch (RuntimeException e) {
            return new Outcome(null, QueryRefusedException.foundIn(e).orElseThrow(() -> e));
        }
        reads.record(customerId, reader.getName(), PersonalDataRead.REGISTER_VIEW);
        return new Outcome(view, null);
    }

    /** Either the view or the refusal. */
    record Outcome(RegisterView view, Refusal refusal) {

        boolean found() {
            return view != null;
        }

        boolean erased() {
            return refusal == Refusal.SUBJECT_ERASED;
        }
    }

    /** The page saying the customer is erased (410) or unknown (404). */
    static String gone(Outcome refused, Model model, HttpServletResponse response) {
        boolean erased = refused.erased();
        response.setStatus(erased ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("erased", erased);
        return GONE;
    }
}
