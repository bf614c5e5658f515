package fi.register.command.console;

import fi.register.command.booking.BookServiceRequest;
import fi.register.command.booking.BookingCalendar;
import fi.register.command.booking.BookingDesk;
import fi.register.command.menu.CustomerGroups;
import fi.register.events.booking.BookingChannel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staff book a service for a customer, reschedule an open booking, or cancel or complete one from the card, through the API's own request and
 * rules ({@link BookingDesk}). Accepted: 303 to the card. Refused: the form again (422) with the values entered and
 * each refusal next to its field; a refused cancellation is a page saying why. Nothing is stored on a refusal.
 */
@Controller
class BookingFormController {

    static final String PATH = ConsoleFormAccess.FORMS + "/customers/{customerId}/bookings";
    static final String CANCELLATION = PATH + "/{bookingId}/cancellation";
    static final String COMPLETION = PATH + "/{bookingId}/completion";
    static final String RESCHEDULING = PATH + "/{bookingId}/rescheduling";

    private final BookingDesk desk;
    private final Validator validator;
    private final CustomerGroups menu;
    private final BookingCalendar calendar;
    private final MessageSource messages;

    BookingFormController(BookingDesk desk, Validator validator, CustomerGroups menu, BookingCalendar calendar,
                          MessageSource messages) {
        this.desk = desk;
        this.validator = validator;
        this.menu = menu;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable UUID customerId, Model model, Locale locale) {
        return page(customerId, BookingForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(PATH)
    Object book(@PathVariable UUID customerId, BookingForm form, Model model, Locale locale,
                HttpServletResponse response) {
        FormRefusals screened = FormRefusals.screen(form.values());
        if (!screened.isEmpty()) {
            return refused(customerId, form.without(screened.fields()), screened, model, locale, response);
        }
        BookServiceRequest request = form.toRequest(calendar.timeZone());
        Set<ConstraintViolation<BookServiceRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return refused(customerId, form, FormRefusals.of(violations), model, locale, response);
        }
        Optional<FormRefusals> refusals = FormRefusals.whenSending(() -> desk.book(customerId, request));
        return refusals.<Object>map(why -> refused(customerId, form, why, model, locale, response))
                .orElseGet(() -> CardRedirect.to(customerId));
    }

    @PostMapping(CANCELLATION)
    Object cancel(@PathVariable UUID customerId, @PathVariable UUID bookingId, Model model, Locale locale,
                  HttpServletResponse response) {
        return CardAction.send(() -> desk.cancel(customerId, bookingId), customerId, "booking.cancellation", messages, model, locale, response);
    }

    /** The service took place: from the card's button, refused before the booked day as the API refuses it. */
    @PostMapping(COMPLETION)
    Object complete(@PathVariable UUID customerId, @PathVariable UUID bookingId, Model model, Locale locale,
                    HttpServletResponse response) {
        return CardAction.send(() -> desk.complete(customerId, bookingId), customerId, "booking.completion", messages, model, locale, response);
    }

    @GetMapping(RESCHEDULING)
    String rescheduleForm(@PathVariable UUID customerId, @PathVariable UUID bookingId, Model model, Locale locale) {
        return reschedulePage(customerId, bookingId, RescheduleForm.blank(), new FormRefusals(), model, locale);
    }

    @PostMapping(RESCHEDULING)
    Object reschedule(@PathVariable UUID customerId, @PathVariable UUID bookingId, RescheduleForm form, Model model,
                      Locale locale, HttpServletResponse response) {
        return FormSubmission.answer(FormSubmission.submit(form, posted -> posted.toRequest(calendar.timeZone()), validator,
                        request -> desk.reschedule(customerId, bookingId, request)), customerId, response,
                (shown, refusals) -> reschedulePage(customerId, bookingId, shown, refusals, model, locale));
    }

    private String reschedulePage(UUID customerId, UUID bookingId, RescheduleForm form, FormRefusals refusals,
                                  Model model, Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("bookingId", bookingId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("timeZone", calendar.timeZone().getId());
        return "console/reschedule";
    }

    private String refused(UUID customerId, BookingForm form, FormRefusals refusals, Model model, Locale locale,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(customerId, form, refusals, model, locale);
    }

    private String page(UUID customerId, BookingForm form, FormRefusals refusals, Model model, Locale locale) {
        model.addAttribute("customerId", customerId);
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals.messages(messages, locale, form.values().keySet()));
        model.addAttribute("services", menu.customerGroups());
        model.addAttribute("channels", BookingChannel.values());
        model.addAttribute("timeZone", calendar.timeZone().getId());
        return "console/booking";
    }
}
