package fi.register.query.customer;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.register.autoconfigure.problem.Refusal;
import fi.register.crypto.MasterKey;
import fi.register.crypto.PersonalDataProtection;
import fi.register.events.consent.ConsentGivenEvent;
import fi.register.events.consent.ConsentPurpose;
import fi.register.events.consent.ConsentWithdrawnEvent;
import fi.register.events.consent.EvidenceMethod;
import fi.register.events.consent.MarketingChannel;
import fi.register.events.customer.BillingDetails;
import fi.register.events.customer.CustomerField;
import fi.register.events.customer.CustomerKind;
import fi.register.events.customer.CustomerRectifiedEvent;
import fi.register.events.customer.CustomerRegisteredEvent;
import fi.register.events.customer.PostalAddress;
import fi.register.events.erasure.ErasureReason;
import fi.register.events.erasure.SubjectErasedEvent;
import fi.register.query.customer.CustomerResponse.ConsentChange;
import fi.register.query.problem.QueryRefusedException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import fi.register.query.search.CustomerSearchIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The register view's rules, with the handlers called directly on an in-memory MongoDB and real crypto. */
class CustomerViewProjectionTest {

    private static final Instant REGISTERED_AT = Instant.parse("2026-03-02T09:15:00Z");

    @TempDir
    Path dataDir;

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private PersonalDataProtection protection;
    private CustomerViewProjection projection;
    private final UUID customerId = UUID.randomUUID();

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("register");
        protection = PersonalDataProtection.open(dataDir.resolve("keys"),
                MasterKey.generateInto(dataDir.resolve("keys/master.key")), Duration.ofMinutes(10));
        projection = new CustomerViewProjection(database, protection);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aRegisteredCustomerIsShownWithTheirPersonalDataDecrypted() {
        projection.on(registered(), 0);

        CustomerResponse view = projection.handle(new FetchCustomerQuery(customerId));

        assertThat(view.customerId()).isEqualTo(customerId);
        assertThat(view.kind()).isEqualTo(CustomerKind.PERSON);
        assertThat(view.firstName()).isEqualTo("Testi");
        assertThat(view.lastName()).isEqualTo("Asiakas");
        assertThat(view.address()).isEqualTo(address());
        assertThat(view.billing()).isEqualTo(billing());
        assertThat(view.email()).isEqualTo("testi.asiakas@example.invalid");
        assertThat(view.phone()).isEqualTo("+358 40 000 0000");
        assertThat(view.customerGroup()).isEqualTo("NEUROSONIC_TREATMENT");
        assertThat(view.language()).isEqualTo("fi");
        assertThat(view.registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(view.updatedAt()).isEqualTo(REGISTERED_AT);
        assertThat(view.consentsInForce()).isEmpty();
        assertThat(view.consentHistory()).isEmpty();
    }

    @Test
    void rectificationChangesOnlyTheRectifiedFields() {
        projection.on(registered(), 0);
        Instant rectifiedAt = REGISTERED_AT.plusSeconds(3600);
        projection.on(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.LAST_NAME, CustomerField.LANGUAGE),
                null, "Korjattu", null, null, null, null, null, null, null, "sv", rectifiedAt), 1);

        CustomerResponse view = projection.handle(new FetchCustomerQuery(customerId));

        assertThat(view.lastName()).isEqualTo("Korjattu");
        assertThat(view.language()).isEqualTo("sv");
        assertThat(view.firstName()).isEqualTo("Testi");
        assertThat(view.email()).isEqualTo("testi.asiakas@example.invalid");
        assertThat(view.address()).isEqualTo(address());
        assertThat(view.customerGroup()).isEqualTo("NEUROSONIC_TREATMENT");
        assertThat(view.updatedAt()).isEqualTo(rectifiedAt);
        assertThat(view.registeredAt()).isEqualTo(REGISTERED_AT);
    }

    @Test
    void aRectifiedFieldTakesItsNewValueAndARectifiedEmailIsFoundUnderTheNewAddressOnly() {
        projection.on(registered(), 0);
        projection.on(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.LAST_NAME, CustomerField.EMAIL),
                null, "Korjattu", null, null, null, null, "uusi.osoite@example.invalid", null, null, null,
                REGISTERED_AT.plusSeconds(60)), 1);

        CustomerResponse view = projection.handle(new FetchCustomerQuery(customerId));

        assertThat(view.lastName()).isEqualTo("Korjattu");
        assertThat(view.firstName()).isEqualTo("Testi");
        assertThat(view.phone()).isEqualTo("+358 40 000 0000");
        assertThat(findByEmail("uusi.osoite@example.invalid")).extracting(CustomerResponse::customerId).containsExactly(customerId);
        assertThat(findByEmail("testi.asiakas@example.invalid")).isEmpty();
    }

    @Test
    void consentsGivenAndWithdrawnAppearInTheHistoryWithWhoRecordedThem() {
        UUID marketing = UUID.randomUUID();
        UUID health = UUID.randomUUID();
        projection.on(registered(), 0);
        projection.on(marketingConsent(marketing, REGISTERED_AT.plusSeconds(10)), "staff", "request-1", 1);
        projection.on(new ConsentGivenEvent(customerId, health, ConsentPurpose.HEALTH_DATA, null, null, null,
                EvidenceMethod.WRITTEN, "paper form in folder 7", "2026-01", REGISTERED_AT.plusSeconds(20)), "staff", "request-1", 2);
        projection.on(new ConsentWithdrawnEvent(customerId, marketing, ConsentPurpose.MARKETING,
                REGISTERED_AT.plusSeconds(30)), "dpo", "request-2", 3);

        CustomerResponse view = projection.handle(new FetchCustomerQuery(customerId));

        assertThat(view.consentsInForce()).singleElement().satisfies(consent -> {
            assertThat(consent.consentId()).isEqualTo(health);
            assertThat(consent.purpose()).isEqualTo(ConsentPurpose.HEALTH_DATA);
            assertThat(consent.evidenceMethod()).isEqualTo(EvidenceMethod.WRITTEN);
            assertThat(consent.evidenceReference()).isEqualTo("paper form in folder 7");
            assertThat(consent.givenBy()).isEqualTo("staff");
        });
        assertThat(view.consentHistory())
                .extracting(ConsentChange::consentId, ConsentChange::change, ConsentChange::at,
                        ConsentChange::recordedBy, ConsentChange::correlationId)
                .containsExactly(
                        tuple(marketing, ConsentChange.Change.GIVEN, REGISTERED_AT.plusSeconds(10), "staff", "request-1"),
                        tuple(health, ConsentChange.Change.GIVEN, REGISTERED_AT.plusSeconds(20), "staff", "request-1"),
                        tuple(marketing, ConsentChange.Change.WITHDRAWN, REGISTERED_AT.plusSeconds(30), "dpo", "request-2"));
        assertThat(view.consentHistory().get(0).channel()).isEqualTo(MarketingChannel.EMAIL);
        assertThat(view.consentHistory().get(0).noticeVersion()).isEqualTo("2026-01");
    }

    @Test
    void erasureDeletesTheEntryAndAnswersErasedFromThenOn() {
        projection.on(registered(), 0);
        projection.on(marketingConsent(UUID.randomUUID(), REGISTERED_AT.plusSeconds(10)), "staff", "request-1", 1);

        protection.keyStore().destroy(customerId); // what the command side's shredder does
        projection.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, REGISTERED_AT.plusSeconds(99)));

        assertThat(database.getCollection(CustomerViewProjection.CUSTOMERS).countDocuments()).isZero();
        Document erased = database.getCollection(CustomerViewProjection.ERASED_SUBJECTS).find().first();
        assertThat(erased).isNotNull();
        assertThat(erased.getString("_id")).isEqualTo(customerId.toString());
        assertThat(erased.getDate("erasedAt").toInstant()).isEqualTo(REGISTERED_AT.plusSeconds(99));
        assertRefused(customerId, Refusal.SUBJECT_ERASED);
        assertThat(findByEmail("testi.asiakas@example.invalid")).isEmpty();
    }

    @Test
    void aReplayedRegistrationDoesNotBringAnErasedSubjectBack() {
        projection.on(registered(), 0);
        protection.keyStore().destroy(customerId);
        projection.on(new SubjectErasedEvent(customerId, ErasureReason.RETENTION_EXPIRED, REGISTERED_AT.plusSeconds(99)));

        projection.reset();
        projection.on(registered(), 0);

        assertThat(database.getCollection(CustomerViewProjection.CUSTOMERS).countDocuments()).isZero();
        assertRefused(customerId, Refusal.SUBJECT_ERASED);
    }

    @Test
    void aCustomerNeverRegisteredIsNotFound() {
        assertRefused(UUID.randomUUID(), Refusal.SUBJECT_NOT_FOUND);
    }

    @Test
    void applyingTheSameEventsAgainChangesNothing() {
        UUID consentId = UUID.randomUUID();
        CustomerRectifiedEvent rectified = new CustomerRectifiedEvent(customerId, Set.of(CustomerField.PHONE),
                null, null, null, null, null, null, null, "+358 50 000 0001", null, null, REGISTERED_AT.plusSeconds(5));
        ConsentGivenEvent given = marketingConsent(consentId, REGISTERED_AT.plusSeconds(10));
        ConsentWithdrawnEvent withdrawn = new ConsentWithdrawnEvent(customerId, consentId, ConsentPurpose.MARKETING,
                REGISTERED_AT.plusSeconds(20));
        projection.on(registered(), 0);
        projection.on(rectified, 1);
        projection.on(given, "staff", "request-1", 2);
        projection.on(withdrawn, "dpo", "request-2", 3);
        Document before = rawCustomer();

        // a tracking processor that crashed before storing its token delivers the last batch again
        projection.on(registered(), 0);
        projection.on(rectified, 1);
        projection.on(given, "staff", "request-1", 2);
        projection.on(withdrawn, "dpo", "request-2", 3);

        assertThat(rawCustomer()).isEqualTo(before);
        CustomerResponse view = projection.handle(new FetchCustomerQuery(customerId));
        assertThat(view.phone()).isEqualTo("+358 50 000 0001");
        assertThat(view.consentHistory()).hasSize(2);
        assertThat(view.consentsInForce()).isEmpty();
    }

    @Test
    void theStoredDocumentsHoldNoClearTextPersonalData() {
        projection.on(registered(), 0);
        projection.on(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.FIRST_NAME), "Muutettu",
                null, null, null, null, null, null, null, null, null, REGISTERED_AT.plusSeconds(5)), 1);
        projection.on(new ConsentGivenEvent(customerId, UUID.randomUUID(), ConsentPurpose.DISCLOSURE, null,
                "NEUROSONIC", null, EvidenceMethod.WRITTEN, "signed letter 2026-17", "2026-01",
                REGISTERED_AT.plusSeconds(10)), "staff", "request-1", 2);
        projection.on(new ConsentGivenEvent(customerId, UUID.randomUUID(), ConsentPurpose.DISCLOSURE, null,
                null, "a sister, with her street address", EvidenceMethod.WRITTEN, "signed letter 2026-18", "2026-01",
                REGISTERED_AT.plusSeconds(11)), "staff", "request-1", 3);
        UUID company = UUID.randomUUID();
        projection.on(new CustomerRegisteredEvent(company, CustomerKind.COMPANY, "Yhteys", "Henkilö", "Testiyhtiö Oy",
                "2096006-8", address(), billing(), "yhtio@example.invalid", "+358 9 000 000", "EMFIT_MONITORING", "fi",
                REGISTERED_AT), 0);

        StringBuilder stored = new StringBuilder();
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).find().forEach(document -> stored.append(document.toJson()).append('\n'));
        }
        String raw = stored.toString().toLowerCase();

        List<String> leaked = new ArrayList<>();
        for (String personal : List.of("Testi", "Asiakas", "Muutettu", "testi.asiakas@example.invalid", "+358 40 000 0000",
                "Malminraitti", "00700", "Laskutie", "003712345678", "signed letter 2026-17", "Yhteys", "Henkilö",
                "Testiyhtiö", "2096006-8", "yhtio@example.invalid", "+358 9 000 000", "a sister")) {
            if (raw.contains(personal.toLowerCase())) {
                leaked.add("value #" + leaked.size()); // names the position only: test output holds no personal data
            }
        }
        assertThat(leaked).as("personal values found in clear text in the projection store").isEmpty();
        assertThat(raw).contains("\"namedparty\": \"neurosonic\""); // a named party is not personal: its code stays readable
        assertThat(findByEmail("YHTIO@example.invalid")).extracting(CustomerResponse::companyName).containsExactly("Testiyhtiö Oy");
    }

    @Test
    void theStandingOfACustomerIsAnsweredWithoutDecryptingTheirEntry() {
        UUID unknown = UUID.randomUUID();
        projection.on(registered(), 0);
        // a sealed blob that could not be opened: the standing must not even try
        database.getCollection(CustomerViewProjection.CUSTOMERS).updateOne(new Document("_id", customerId.toString()),
                new Document("$set", new Document(CustomerDocument.PERSONAL, "not-a-sealed-value")));

        assertThat(standingOf(customerId)).isEqualTo(CustomerStanding.REGISTERED);
        assertThat(standingOf(unknown)).isEqualTo(CustomerStanding.UNKNOWN);
    }

    @Test
    void aCustomerStandsErasedOnceTheKeyIsDestroyedAndAfterThePurge() {
        projection.on(registered(), 0);
        protection.keyStore().destroy(customerId); // the entry is still here until the erasure event arrives
        assertThat(standingOf(customerId)).isEqualTo(CustomerStanding.ERASED);

        projection.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, REGISTERED_AT.plusSeconds(99)));
        assertThat(standingOf(customerId)).isEqualTo(CustomerStanding.ERASED);
    }

    @Test
    void onlyARegisteredStandingPassesAndTheOthersAreRefusedAsTheEntryIs() {
        CustomerStanding.REGISTERED.requireRegistered();
        assertThatThrownBy(CustomerStanding.UNKNOWN::requireRegistered).isInstanceOfSatisfying(QueryRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(Refusal.SUBJECT_NOT_FOUND));
        assertThatThrownBy(CustomerStanding.ERASED::requireRegistered).isInstanceOfSatisfying(QueryRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(Refusal.SUBJECT_ERASED));
    }

    @Test
    void anEntrySealedBeforeEveryViewSharedOneSealStillOpens() throws Exception {
        projection.on(registered(), 0);
        // what the register view's own seal wrote: the details as plain JSON, in the same place
        byte[] json = JsonMapper.builder().build()
                .writeValueAsBytes(PersonalDetails.of(registered()));
        database.getCollection(CustomerViewProjection.CUSTOMERS).updateOne(new Document("_id", customerId.toString()),
                new Document("$set", new Document(CustomerDocument.PERSONAL,
                        protection.cipher().encrypt(customerId, "customer-view/details", json))));

        CustomerResponse view = projection.handle(new FetchCustomerQuery(customerId));

        assertThat(view.firstName()).isEqualTo("Testi");
        assertThat(view.address()).isEqualTo(address());
        assertThat(view.billing()).isEqualTo(billing());
    }

    @Test
    void keeps_TheEmailLookupKeyedByTheBlindIndex_SoAnAddressIsFoundByPrimaryKey() {
        projection.on(registered(), 0);

        Document entry = emailLookup().find().first();

        assertThat(entry).isNotNull();
        assertThat(entry.getString("_id")).isEqualTo(protection.blindIndex().of("testi.asiakas@example.invalid"));
        assertThat(entry.getList(EmailLookup.CUSTOMERS, String.class)).containsExactly(customerId.toString());
        assertThat(findByEmail("Testi.Asiakas@example.invalid")).extracting(CustomerResponse::customerId).containsExactly(customerId);
    }

    @Test
    void keeps_OnlyTheNewAddressInTheLookup_WhenTheEmailIsRectified() {
        projection.on(registered(), 0);
        projection.on(emailRectified("uusi.osoite@example.invalid", 60), 1);

        assertThat(emailLookup().countDocuments()).isEqualTo(1);
        assertThat(emailLookup().find().first().getString("_id")).isEqualTo(protection.blindIndex().of("uusi.osoite@example.invalid"));
    }

    @Test
    void keeps_TheRectifiedAddressOnly_WhenABatchIsDeliveredAgainAfterACrash() {
        CustomerRectifiedEvent rectified = emailRectified("uusi.osoite@example.invalid", 60);
        projection.on(registered(), 0);
        projection.on(rectified, 1);

        // the token was not saved: the registration and the rectification come again
        projection.on(registered(), 0);
        projection.on(rectified, 1);

        assertThat(findByEmail("testi.asiakas@example.invalid")).isEmpty();
        assertThat(findByEmail("uusi.osoite@example.invalid")).extracting(CustomerResponse::customerId).containsExactly(customerId);
        // the old address filed back is ignored by the reader and swept away with the customer
        protection.keyStore().destroy(customerId);
        projection.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, REGISTERED_AT.plusSeconds(99)));
        assertThat(emailLookup().countDocuments()).isZero();
    }

    @Test
    void keeps_TheLookupWhole_WhenTheProcessDiedBetweenTheLookupAndTheEntry() {
        projection.on(registered(), 0);
        // the look-up was refiled, then the process died before the entry was updated
        String newIndex = protection.blindIndex().of("uusi.osoite@example.invalid");
        emailLookup().deleteMany(new Document());
        emailLookup().insertOne(new Document("_id", newIndex).append(EmailLookup.CUSTOMERS, List.of(customerId.toString())));
        assertThat(findByEmail("uusi.osoite@example.invalid")).as("the entry still has the old address").isEmpty();

        projection.on(emailRectified("uusi.osoite@example.invalid", 60), 1);

        assertThat(findByEmail("uusi.osoite@example.invalid")).extracting(CustomerResponse::customerId).containsExactly(customerId);
        assertThat(emailLookup().countDocuments()).isEqualTo(1);
    }

    @Test
    void keeps_NoLookupEntry_AfterTheSubjectIsErased() {
        projection.on(registered(), 0);
        protection.keyStore().destroy(customerId);

        projection.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, REGISTERED_AT.plusSeconds(99)));

        assertThat(emailLookup().countDocuments()).isZero();
    }

    @Test
    void keeps_TheLookupEmptyAfterAResetAndRefillsItFromTheReplay() {
        projection.on(registered(), 0);

        projection.reset();
        assertThat(emailLookup().countDocuments()).isZero();
        projection.on(registered(), 0);

        assertThat(findByEmail("testi.asiakas@example.invalid")).extracting(CustomerResponse::customerId).containsExactly(customerId);
    }

    @Test
    void keeps_BothCustomersFindable_WhenTwoRegistrationsSlippedPastTheUniqueAddressRule() {
        UUID second = UUID.randomUUID();
        projection.on(registered(), 0);
        projection.on(new CustomerRegisteredEvent(second, CustomerKind.PERSON, "Toinen", "Asiakas", null, null,
                address(), billing(), "testi.asiakas@example.invalid", null, "NEUROSONIC_TREATMENT", "fi", REGISTERED_AT), 0);

        assertThat(findByEmail("testi.asiakas@example.invalid")).extracting(CustomerResponse::customerId)
                .containsExactlyInAnyOrder(customerId, second);

        projection.on(emailRectified("uusi.osoite@example.invalid", 60), 1);
        assertThat(findByEmail("testi.asiakas@example.invalid")).extracting(CustomerResponse::customerId).containsExactly(second);
    }

    @Test
    void fills_TheLookupFromTheEntries_OfAStoreWrittenBeforeTheLookupExisted() {
        projection.on(registered(), 0);
        emailLookup().drop(); // what a store written by an earlier version holds: entries with an index, no look-up

        CustomerViewProjection restarted = new CustomerViewProjection(database, protection);

        assertThat(restarted.handle(new FetchCustomerByEmailQuery(protection.blindIndex().of("testi.asiakas@example.invalid"))))
                .extracting(CustomerResponse::customerId).containsExactly(customerId);
    }

    @Test
    void shows_TheAbsentEmailAndAddressAsAbsent_WhenACustomerWasRegisteredByPhone() {
        projection.on(new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Testi", "Soittaja", null, null,
                null, null, null, "+358 40 000 0001", "NEUROSONIC_TREATMENT", "fi", REGISTERED_AT), 0);

        CustomerResponse view = projection.handle(new FetchCustomerQuery(customerId));

        assertThat(view.lastName()).isEqualTo("Soittaja");
        assertThat(view.phone()).isEqualTo("+358 40 000 0001");
        assertThat(view.email()).isNull();
        assertThat(view.address()).isNull();
        assertThat(view.billing()).isNull();
        assertThat(rawCustomer().containsKey(CustomerDocument.EMAIL_INDEX)).isFalse();
        assertThat(emailLookup().countDocuments()).isZero();
    }

    @Test
    void keeps_NoIndexOfAnEmailThatWasRemoved() {
        projection.on(registered(), 0);
        projection.on(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.EMAIL), null, null, null, null, null,
                null, null, null, null, null, REGISTERED_AT.plusSeconds(60)), 1);

        assertThat(findByEmail("testi.asiakas@example.invalid")).isEmpty();
        assertThat(emailLookup().countDocuments()).isZero();
        assertThat(rawCustomer().containsKey(CustomerDocument.EMAIL_INDEX)).isFalse();
        CustomerResponse view = projection.handle(new FetchCustomerQuery(customerId));
        assertThat(view.email()).isNull();
        assertThat(view.phone()).isEqualTo("+358 40 000 0000");
    }

    @Test
    void keeps_NeitherTheClearedPhoneNorTheClearedEmail_InTheViewOrTheSearchIndex() {
        // a JSON Merge Patch {"phone": null} and then {"email": null, "phone": "..."}: each field named with no value
        CustomerSearchIndex search = new CustomerSearchIndex();
        CustomerViewProjection searched = new CustomerViewProjection(database, protection, search);
        searched.on(registered(), 0);
        assertThat(search.search("+358 40 000 0000", 0, 10).total()).isEqualTo(1);

        searched.on(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.PHONE), null, null, null, null, null,
                null, null, null, null, null, REGISTERED_AT.plusSeconds(60)), 1);

        CustomerResponse view = searched.handle(new FetchCustomerQuery(customerId));
        assertThat(view.phone()).isNull();
        assertThat(view.email()).isEqualTo("testi.asiakas@example.invalid");
        assertThat(view.lastName()).isEqualTo("Asiakas");
        assertThat(search.search("+358 40 000 0000", 0, 10).total()).isZero();

        searched.on(new CustomerRectifiedEvent(customerId, Set.of(CustomerField.EMAIL, CustomerField.PHONE), null, null,
                null, null, null, null, null, "+358 50 111 2222", null, null, REGISTERED_AT.plusSeconds(120)), 2);

        assertThat(searched.handle(new FetchCustomerQuery(customerId)).email()).isNull();
        assertThat(search.search("testi.asiakas@example.invalid", 0, 10).total()).isZero();
        assertThat(search.search("Asiakas", 0, 10).total()).isEqualTo(1);
        assertThat(findByEmail("testi.asiakas@example.invalid")).isEmpty();
    }

    private CustomerStanding standingOf(UUID id) {
        return projection.handle(new FetchCustomerStandingQuery(id));
    }

    private void assertRefused(UUID id, Refusal problem) {
        assertThatThrownBy(() -> projection.handle(new FetchCustomerQuery(id)))
                .isInstanceOfSatisfying(QueryRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(problem));
    }

    private List<CustomerResponse> findByEmail(String email) {
        return projection.handle(new FetchCustomerByEmailQuery(protection.blindIndex().of(email)));
    }

    private MongoCollection<Document> emailLookup() {
        return database.getCollection(EmailLookup.COLLECTION);
    }

    private CustomerRectifiedEvent emailRectified(String email, long secondsLater) {
        return new CustomerRectifiedEvent(customerId, Set.of(CustomerField.EMAIL), null, null, null, null, null, null,
                email, null, null, null, REGISTERED_AT.plusSeconds(secondsLater));
    }

    private Document rawCustomer() {
        return database.getCollection(CustomerViewProjection.CUSTOMERS).find().first();
    }

    private CustomerRegisteredEvent registered() {
        return new CustomerRegisteredEvent(customerId, CustomerKind.PERSON, "Testi", "Asiakas", null, null,
                address(), billing(), "testi.asiakas@example.invalid", "+358 40 000 0000", "NEUROSONIC_TREATMENT", "fi",
                REGISTERED_AT);
    }

    @Test
    void keeps_AConsentsFreeTextRecipientReadableWhileTheKeyLives_AndNowhereAfterErasure() {
        UUID sister = UUID.randomUUID();
        projection.on(registered(), 0);
        projection.on(new ConsentGivenEvent(customerId, sister, ConsentPurpose.DISCLOSURE, null, null,
                "a sister, with her street address", EvidenceMethod.WRITTEN, "letter 9", "2026-01",
                REGISTERED_AT.plusSeconds(10)), "staff", "request-1", 1);

        assertThat(projection.handle(new FetchCustomerQuery(customerId)).consentsInForce())
                .extracting(CustomerResponse.Consent::namedParty, CustomerResponse.Consent::recipient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "a sister, with her street address"));

        protection.keyStore().destroy(customerId);
        projection.on(new SubjectErasedEvent(customerId, ErasureReason.SUBJECT_REQUEST, REGISTERED_AT.plusSeconds(99)));

        StringBuilder stored = new StringBuilder();
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).find().forEach(document -> stored.append(document.toJson()));
        }
        assertThat(stored.toString().contains("sister")).as("the recipient in the projection store").isFalse();
    }

    private ConsentGivenEvent marketingConsent(UUID consentId, Instant givenAt) {
        return new ConsentGivenEvent(customerId, consentId, ConsentPurpose.MARKETING, MarketingChannel.EMAIL, null, null,
                EvidenceMethod.ELECTRONIC, "web form 123", "2026-01", givenAt);
    }

    private static PostalAddress address() {
        return new PostalAddress("Malminraitti 17 C", "00700", "Helsinki", "FI");
    }

    private static BillingDetails billing() {
        return new BillingDetails(new PostalAddress("Laskutie 1", "00100", "Helsinki", "FI"), "003712345678", "OKOYFIHH");
    }
}
