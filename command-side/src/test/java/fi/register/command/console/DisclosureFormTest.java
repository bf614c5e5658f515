package fi.register.command.console;

import fi.register.events.EventMetadata;
import fi.register.events.LegalBasis;
import fi.register.events.disclosure.DisclosedField;
import fi.register.events.disclosure.PersonalDataDisclosedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console's disclosure form: a recipient from the named parties the settings name, the fields chosen; what the
 * party's role covers goes out on the contract, anything more is refused next to the recipient, order fields next to
 * the fields; nothing stored on a refusal.
 */
class DisclosureFormTest extends StaffFormTestSupport {

    private static final String CUSTOMER = """
            {"kind":"PERSON","firstName":"Luovutus","lastName":"Lomake","phone":"+358 40 000 1001",
             "customerGroup":"EMFIT_MONITORING","language":"fi"}""";

    private static String path(String customerId) {
        return "/console/forms/customers/" + customerId + "/disclosures";
    }

    /** A customer of Emfit's service: a monitor handed over. */
    private String emfitsCustomer() throws Exception {
        String id = registered(CUSTOMER);
        created("staff", post("/api/customers/" + id + "/service-events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"service\":\"EMFIT_MONITORING\",\"kind\":\"DEVICE_HANDED_OVER\"}"), "serviceEventId");
        return id;
    }

    private static Map<String, String> nameAndPhoneToEmfit() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipient", "Emfit Oy");
        form.put("fields", "NAME,PHONE");
        return form;
    }

    @Test
    void records_WhatTheNamedPartysRoleCovers_OnTheContract() throws Exception {
        String id = emfitsCustomer();
        assertThat(asStaff(get(path(id))).getResponse().getContentAsString()).contains("<option value=\"Emfit Oy\"");

        DomainEventMessage<?> disclosure = accepted(id, path(id), nameAndPhoneToEmfit());

        assertThat(disclosure.getPayload()).isInstanceOf(PersonalDataDisclosedEvent.class);
        assertThat(((PersonalDataDisclosedEvent) disclosure.getPayload()).fields())
                .containsExactlyInAnyOrder(DisclosedField.NAME, DisclosedField.PHONE);
        assertThat(disclosure.getMetaData()).containsEntry(EventMetadata.LEGAL_BASIS, LegalBasis.CONTRACT.name());
    }

    @Test
    void rejects_FieldsBeyondTheRole_WithoutConsent_NextToTheRecipient() throws Exception {
        String page = refused(path(emfitsCustomer()), with(nameAndPhoneToEmfit(), "fields", "NAME,LANGUAGE"));

        assertThat(refusalNextTo(page, "recipient")).startsWith("This recipient may not receive these fields without");
    }

    @Test
    void rejects_OrderFields_AndNoFieldsAtAll_NextToTheFields() throws Exception {
        String id = emfitsCustomer();

        assertThat(refusalNextTo(refused(path(id), with(nameAndPhoneToEmfit(), "fields", "NAME,DELIVERY_ADDRESS")), "fields"))
                .isEqualTo("Order fields go out only in an order confirmation: leave them unchosen.");
        assertThat(refusalNextTo(refused(path(id), with(nameAndPhoneToEmfit(), "fields", "")), "fields"))
                .isEqualTo("Choose at least one field.");
    }

    @Test
    void rejects_WhenPostedWithoutCsrf_OrByAnotherRoleThanStaff() throws Exception {
        provesOnlyStaffMayPost(path(emfitsCustomer()), nameAndPhoneToEmfit());
    }
}
