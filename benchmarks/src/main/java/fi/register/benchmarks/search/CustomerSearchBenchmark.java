package fi.register.benchmarks.search;

import fi.register.events.customer.CustomerKind;
import fi.register.query.search.CustomerSearchIndex;
import fi.register.query.search.SearchResult;
import fi.register.query.search.SearchableCustomer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The query side's customer search (issue 11: under 50 ms at 100,000 customers): the in-memory index filled with
 * generated customers, asked for a page of 20 by a name prefix, a phone number written with a dash and spaces, and an
 * e-mail address, and by one letter (the broadest query). The baseline is what the index saves: one pass over every customer's lower-cased last name with
 * {@code startsWith}, already decrypted and folded, which is the least any search without an index must do.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CustomerSearchBenchmark {

    private static final String[] FIRST_NAMES = {"Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Maija", "Mikko",
            "Noora", "Olli", "Pekka", "Riikka", "Sanna", "Timo", "Ulla", "Ville", "Åsa", "Öljy", "Elina", "Matti"};
    private static final String[] LAST_NAMES = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
            "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
            "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
            "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen"};

    @Param("100000")
    public int customers;

    private CustomerSearchIndex index;
    private String[] foldedLastNames;
    private String phoneOfOne;
    private String emailOfOne;

    @Setup
    public void fill() {
        Random random = new Random(11);
        index = new CustomerSearchIndex();
        foldedLastNames = new String[customers];
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < customers; i++) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            // a tenth have a double-barrelled name, and each name a number, so the words are not all alike
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)] + (i % 10 == 0
                    ? "-" + LAST_NAMES[random.nextInt(LAST_NAMES.length)] : "") + (i % 3 == 0 ? "" : "x" + (i % 997));
            String phone = String.format("+358 4%d %03d %04d", random.nextInt(10), random.nextInt(1000), random.nextInt(10000));
            String email = first.toLowerCase(Locale.ROOT) + "." + i + "@example.test";
            boolean company = i % 10 == 0;
            index.put(new SearchableCustomer(new UUID(0, i), company ? CustomerKind.COMPANY : CustomerKind.PERSON,
                    first, last, company ? "Yritys " + last + " Oy" : null, company ? String.format("%07d-%d", i, i % 10) : null,
                    email, phone, start.plusSeconds(i)));
            foldedLastNames[i] = last.toLowerCase(Locale.ROOT);
            if (i == customers / 2) {
                // the same number, written the way a person reads it out
                phoneOfOne = "0" + phone.substring(5, 7) + "-" + phone.substring(8);
                emailOfOne = email.toUpperCase(Locale.ROOT);
            }
        }
    }

    @Benchmark
    public SearchResult namePrefix() {
        return index.search("virta", 0, 20);
    }

    /** The worst case a person types: one letter, which a third of the names and addresses start with. */
    @Benchmark
    public SearchResult oneLetter() {
        return index.search("m", 0, 20);
    }

    @Benchmark
    public SearchResult phoneNumber() {
        return index.search(phoneOfOne, 0, 20);
    }

    @Benchmark
    public SearchResult emailAddress() {
        return index.search(emailOfOne, 0, 20);
    }

    @Benchmark
    public int scanOfEveryLastNameBaseline() {
        int found = 0;
        for (String name : foldedLastNames) {
            if (name.startsWith("virta")) {
                found++;
            }
        }
        return found;
    }
}
