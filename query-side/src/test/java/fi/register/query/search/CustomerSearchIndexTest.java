package fi.register.query.search;

import fi.register.events.customer.CustomerKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index's rules, on made-up customers. */
class CustomerSearchIndexTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final CustomerSearchIndex index = new CustomerSearchIndex();

    @Test
    void finds_ByTheBeginningOfAnyWordOfAFirstLastOrCompanyName() {
        UUID person = add(person("Maija-Liisa", "Meikäläinen", "+358 40 111 2222", "ml@example.invalid"));
        UUID company = add(company("Tilitoimisto Kirjanpito Oy", "0737546-2"));

        assertThat(ids("liis")).containsExactly(person);
        assertThat(ids("meik")).containsExactly(person);
        assertThat(ids("kirjan")).containsExactly(company);
        assertThat(ids("toimisto")).as("not the middle of a word").isEmpty();
    }

    @Test
    void finds_WhateverTheCaseAndAccents() {
        UUID makela = add(person("Matti", "Mäkelä", null, "mm@example.invalid"));
        UUID asa = add(person("Åsa", "Öberg", null, "ao@example.invalid"));
        UUID soren = add(person("Søren", "Straße", null, "ss@example.invalid"));

        assertThat(ids("makela")).containsExactly(makela);
        assertThat(ids("MÄKELÄ")).containsExactly(makela);
        assertThat(ids("asa")).containsExactly(asa);
        assertThat(ids("oberg")).containsExactly(asa);
        assertThat(ids("soren strasse")).containsExactly(soren);
        // decomposed input (a and a combining diaeresis) reads like the precomposed letter
        assertThat(ids("ma\u0308kela\u0308")).containsExactly(makela);
    }

    @Test
    void finds_APhoneNumberHoweverItIsWritten() {
        UUID stored = add(person("Puhelin", "Numero", "+358 40 123 4567", "pn@example.invalid"));
        UUID other = add(person("Toinen", "Numero", "09 876 5432", "tn@example.invalid"));

        for (String query : List.of("+358 40 123 4567", "0401234567", "040-123 4567", "040 123 4567", "+358401234567",
                "00358 40 123 4567", "(040) 123 45 67", "040123")) {
            assertThat(ids(query)).as("a way of writing the number").containsExactly(stored);
        }
        assertThat(ids("09 876")).containsExactly(other);
    }

    @Test
    void finds_ByEmailAddressAndBusinessId() {
        UUID person = add(person("Sähkö", "Posti", null, "Sahko.Posti@Example.invalid"));
        UUID company = add(company("Yhtiö Oy", "0737546-2"));

        assertThat(ids("sahko.posti@example.invalid")).containsExactly(person);
        assertThat(ids("sahko.posti@")).containsExactly(person);
        assertThat(ids("0737546-2")).containsExactly(company);
        assertThat(ids("07375462")).containsExactly(company);
    }

    @Test
    void ranks_AWholeWordBeforeTheBeginningOfOne() {
        UUID anneli = add(person("Anneli", "Aalto", null, "x1@example.invalid"), MONDAY.plusSeconds(60));
        UUID anne = add(person("Anne", "Aalto", null, "x2@example.invalid"), MONDAY);

        assertThat(ids("anne")).containsExactly(anne, anneli);
    }

    @Test
    void ranks_MoreMatchedTermsFirst() {
        UUID onlyFirst = add(person("Kaisa", "Lahtinen", null, "k1@example.invalid"), MONDAY.plusSeconds(60));
        UUID both = add(person("Kaisa", "Virtanen", null, "k2@example.invalid"), MONDAY);
        UUID onlyLast = add(person("Pekka", "Virtanen", null, "k3@example.invalid"), MONDAY.plusSeconds(30));

        assertThat(ids("kaisa virtanen")).containsExactly(both, onlyFirst, onlyLast);
    }

    @Test
    void ranks_TheMostRecentlyActiveFirstWhenTheyMatchAlike() {
        UUID earlier = add(person("Sama", "Nimi", null, "s1@example.invalid"), MONDAY);
        UUID later = add(person("Sama", "Nimi", null, "s2@example.invalid"), MONDAY.plusSeconds(60));

        assertThat(ids("sama")).containsExactly(later, earlier);
        index.touch(earlier, MONDAY.plusSeconds(120));
        assertThat(ids("sama")).containsExactly(earlier, later);
        assertThat(index.recent(0, 10).hits()).extracting(CustomerSearchHit::customerId).containsExactly(earlier, later);
    }

    @Test
    void highlights_TheMatchedPartOfTheValueAsWritten() {
        add(person("Maija", "Mäkelä-Virtanen", "+358 40 123 4567", "maija.makela@example.invalid"));

        CustomerSearchHit byName = index.search("MAKE virt", 0, 10).hits().get(0);
        assertThat(byName.highlights()).containsExactly(
                new Highlight("lastName", 0, 4), new Highlight("lastName", 7, 11));

        CustomerSearchHit byPhone = index.search("0401", 0, 10).hits().get(0);
        // the trunk prefix 0 stands for the whole "+358"
        assertThat(byPhone.highlights()).containsExactly(new Highlight("phone", 0, 9));

        CustomerSearchHit byFirstNameAndEmail = index.search("maija", 0, 10).hits().get(0);
        assertThat(byFirstNameAndEmail.highlights()).containsExactly(
                new Highlight("firstName", 0, 5), new Highlight("email", 0, 5));
    }

    @Test
    void pages_TheRankedHitsAndCountsThemAll() {
        for (int i = 0; i < 25; i++) {
            add(person("Sivu", "Henkilö" + i, null, "p" + i + "@example.invalid"), MONDAY.plusSeconds(i));
        }

        SearchResult first = index.search("sivu", 0, 10);
        SearchResult last = index.search("sivu", 20, 10);

        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hits()).extracting(CustomerSearchHit::lastName).first().isEqualTo("Henkilö24");
        assertThat(last.hits()).hasSize(5);
        assertThat(last.hits()).extracting(CustomerSearchHit::lastName).last().isEqualTo("Henkilö0");
        assertThat(index.search("sivu", 30, 10).hits()).isEmpty();
    }

    @Test
    void forgets_ARemovedCustomerAndTheOldValuesOfARectifiedOne() {
        UUID removed = add(person("Poistuva", "Asiakas", "040 999 8888", "pa@example.invalid"));
        UUID rectified = add(person("Vanha", "Sukunimi", null, "vs@example.invalid"));

        index.remove(removed);
        index.put(new SearchableCustomer(rectified, CustomerKind.PERSON, "Vanha", "Uusinimi", null, null,
                "vs@example.invalid", null, MONDAY));
        index.putIfAbsent(person(rectified, "Vanha", "Sukunimi"));

        assertThat(ids("poistuva")).isEmpty();
        assertThat(ids("0409998888")).isEmpty();
        assertThat(ids("sukunimi")).isEmpty();
        assertThat(ids("uusinimi")).containsExactly(rectified);
        assertThat(index.size()).isEqualTo(1);
    }

    private List<UUID> ids(String query) {
        return index.search(query, 0, 100).hits().stream().map(CustomerSearchHit::customerId).toList();
    }

    private UUID add(SearchableCustomer customer) {
        return add(customer, MONDAY);
    }

    private UUID add(SearchableCustomer customer, Instant activeAt) {
        index.put(customer.activeAt(activeAt));
        return customer.customerId();
    }

    private static SearchableCustomer person(String firstName, String lastName, String phone, String email) {
        return new SearchableCustomer(UUID.randomUUID(), CustomerKind.PERSON, firstName, lastName, null, null, email,
                phone, null);
    }

    private static SearchableCustomer person(UUID id, String firstName, String lastName) {
        return new SearchableCustomer(id, CustomerKind.PERSON, firstName, lastName, null, null, null, null, MONDAY);
    }

    private static SearchableCustomer company(String companyName, String businessId) {
        return new SearchableCustomer(UUID.randomUUID(), CustomerKind.COMPANY, "Yhteys", "Henkilö", companyName,
                businessId, null, null, null);
    }
}
