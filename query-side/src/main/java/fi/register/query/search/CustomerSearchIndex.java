package fi.register.query.search;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds customers by any part of a name (a word's prefix), phone number, e-mail address or business id, folded to
 * lower case without accents. Held in memory only and never written anywhere: the register view's processor fills
 * it from the sealed entries at start-up and keeps it current from the events, and an erasure takes the customer out
 * at once (docs/architecture.md, "Finding customers").
 * <p>
 * Sorted maps from each folded word, address, phone number and business id to the customers filed under it, so a
 * prefix is a range of one map. Ranked by how many of the query's terms a customer matched, then how many of them
 * exactly (a whole word, not just its start), then the most recently active first.
 */
@Component
public class CustomerSearchIndex {

    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String COMPANY_NAME = "companyName";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String BUSINESS_ID = "businessId";

    private static final Comparator<SearchableCustomer> MOST_RECENTLY_ACTIVE_FIRST = Comparator
            .comparing(SearchableCustomer::lastActiveAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(SearchableCustomer::customerId);
    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt(Candidate::matched).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::exact).reversed())
            .thenComparing(candidate -> candidate.entry().customer, MOST_RECENTLY_ACTIVE_FIRST);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, Entry> entries = new HashMap<>();
    private final TreeMap<String, List<Entry>> nameWords = new TreeMap<>();
    private final TreeMap<String, List<Entry>> emails = new TreeMap<>();
    private final TreeMap<String, List<Entry>> numbers = new TreeMap<>();

    /** Files the customer, in place of what was filed before. */
    public void put(SearchableCustomer customer) {
        lock.writeLock().lock();
        try {
            removeFiled(customer.customerId());
            Entry entry = new Entry(customer);
            entries.put(customer.customerId(), entry);
            for (String field : new String[] {customer.firstName(), customer.lastName(), customer.companyName()}) {
                if (field != null) {
                    SearchText.words(field).forEach(word -> entry.file(nameWords, word.text()));
                }
            }
            if (customer.email() != null) {
                entry.file(emails, SearchText.foldWhole(customer.email()).text());
            }
            for (String number : new String[] {customer.phone(), customer.businessId()}) {
                if (number != null) {
                    entry.file(numbers, SearchText.digits(number).text());
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Files the customer unless already filed: a registration delivered again must not undo a rectification. */
    public void putIfAbsent(SearchableCustomer customer) {
        lock.writeLock().lock();
        try {
            if (!entries.containsKey(customer.customerId())) {
                put(customer);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Something happened to the customer's entry: it moves up the list of recently active customers. */
    public void touch(UUID customerId, Instant at) {
        lock.writeLock().lock();
        try {
            Entry entry = entries.get(customerId);
            if (entry != null) {
                entry.customer = entry.customer.activeAt(at);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(UUID customerId) {
        lock.writeLock().lock();
        try {
            removeFiled(customerId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Empties the index for a replay of the view it is kept with. */
    public void clear() {
        lock.writeLock().lock();
        try {
            entries.clear();
            nameWords.clear();
            emails.clear();
            numbers.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The customers matching any term of the query, best first, this page of them. */
    public SearchResult search(String query, int offset, int limit) {
        List<SearchTerm> terms = SearchTerm.of(query);
        List<SearchableCustomer> page;
        int total;
        lock.readLock().lock();
        try {
            Map<Entry, Candidate> candidates = new HashMap<>();
            for (SearchTerm term : terms) {
                Map<Entry, Boolean> matched = new HashMap<>();
                switch (term.kind()) {
                    case WORD -> {
                        collect(nameWords, term.text(), matched);
                        collect(emails, term.text(), matched);
                    }
                    case EMAIL -> collect(emails, term.text(), matched);
                    case NUMBER -> collect(numbers, term.text(), matched);
                }
                matched.forEach((entry, exact) -> candidates.computeIfAbsent(entry, Candidate::new).count(exact));
            }
            total = candidates.size();
            page = best(candidates.values(), BEST_FIRST, offset, limit).stream().map(Candidate::customer).toList();
        } finally {
            lock.readLock().unlock();
        }
        // the customers are immutable values: the highlights are worked out without holding the lock
        return new SearchResult(page.stream()
                .map(customer -> CustomerSearchHit.of(customer, highlights(customer, terms)))
                .toList(), total);
    }

    /** Every customer, the most recently active first, this page of them. */
    public SearchResult recent(int offset, int limit) {
        lock.readLock().lock();
        try {
            List<SearchableCustomer> page = best(entries.values().stream().map(entry -> entry.customer).toList(),
                    MOST_RECENTLY_ACTIVE_FIRST, offset, limit);
            return new SearchResult(page.stream().map(customer -> CustomerSearchHit.of(customer, List.of())).toList(),
                    entries.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The page [offset, offset + limit) of the items in this order, keeping no more than that many in a heap. */
    private static <T> List<T> best(Iterable<T> items, Comparator<T> order, int offset, int limit) {
        int keep = offset + limit;
        PriorityQueue<T> worstOnTop = new PriorityQueue<>(Math.min(keep, 1024) + 1, order.reversed());
        for (T item : items) {
            worstOnTop.add(item);
            if (worstOnTop.size() > keep) {
                worstOnTop.poll();
            }
        }
        List<T> kept = new ArrayList<>(worstOnTop);
        kept.sort(order);
        return offset >= kept.size() ? List.of() : kept.subList(offset, kept.size());
    }

    /** Every customer filed under a key starting with the prefix; true for those filed under exactly it. */
    private static void collect(NavigableMap<String, List<Entry>> map, String prefix, Map<Entry, Boolean> matched) {
        if (prefix.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<Entry>> filed : map.subMap(prefix, true, prefix + Character.MAX_VALUE, false).entrySet()) {
            boolean exact = filed.getKey().length() == prefix.length();
            for (Entry entry : filed.getValue()) {
                matched.merge(entry, exact, Boolean::logicalOr);
            }
        }
    }

    private static List<Highlight> highlights(SearchableCustomer customer, List<SearchTerm> terms) {
        List<Highlight> highlights = new ArrayList<>();
        nameHighlights(highlights, FIRST_NAME, customer.firstName(), terms);
        nameHighlights(highlights, LAST_NAME, customer.lastName(), terms);
        nameHighlights(highlights, COMPANY_NAME, customer.companyName(), terms);
        if (customer.email() != null) {
            SearchText.Folded email = SearchText.foldWhole(customer.email());
            longestPrefix(highlights, EMAIL, email, terms, SearchTerm.Kind.WORD, SearchTerm.Kind.EMAIL);
        }
        if (customer.phone() != null) {
            longestPrefix(highlights, PHONE, SearchText.digits(customer.phone()), terms, SearchTerm.Kind.NUMBER);
        }
        if (customer.businessId() != null) {
            longestPrefix(highlights, BUSINESS_ID, SearchText.digits(customer.businessId()), terms, SearchTerm.Kind.NUMBER);
        }
        return highlights;
    }

    private static void nameHighlights(List<Highlight> highlights, String field, String value, List<SearchTerm> terms) {
        if (value == null) {
            return;
        }
        for (SearchText.Folded word : SearchText.words(value)) {
            longestPrefix(highlights, field, word, terms, SearchTerm.Kind.WORD);
        }
    }

    /** One highlight per matched word or value: the longest of the terms it starts with. */
    private static void longestPrefix(List<Highlight> highlights, String field, SearchText.Folded value,
                                      List<SearchTerm> terms, SearchTerm.Kind... kinds) {
        int longest = 0;
        for (SearchTerm term : terms) {
            if (List.of(kinds).contains(term.kind()) && value.text().startsWith(term.text())) {
                longest = Math.max(longest, term.text().length());
            }
        }
        if (longest > 0) {
            highlights.add(value.highlight(field, longest));
        }
    }

    private void removeFiled(UUID customerId) {
        Entry entry = entries.remove(customerId);
        if (entry != null) {
            entry.unfileEverywhere();
        }
    }

    /** A customer as filed: the value, and every key it is filed under, so it can be taken out of each. */
    private static final class Entry {

        SearchableCustomer customer;
        private final List<Map.Entry<Map<String, List<Entry>>, String>> filedUnder = new ArrayList<>(6);

        Entry(SearchableCustomer customer) {
            this.customer = customer;
        }

        void file(Map<String, List<Entry>> map, String key) {
            if (key.isEmpty()) {
                return;
            }
            // a word twice in one name is filed twice, and unfiled twice
            map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(this);
            filedUnder.add(Map.entry(map, key));
        }

        void unfileEverywhere() {
            for (Map.Entry<Map<String, List<Entry>>, String> filed : filedUnder) {
                List<Entry> list = filed.getKey().get(filed.getValue());
                if (list != null) {
                    list.remove(this);
                    if (list.isEmpty()) {
                        filed.getKey().remove(filed.getValue());
                    }
                }
            }
            filedUnder.clear();
        }
    }

    /** A customer matching the query so far: how many terms, how many of them exactly. */
    private static final class Candidate {

        private final Entry entry;
        private int matched;
        private int exact;

        Candidate(Entry entry) {
            this.entry = entry;
        }

        void count(boolean exactly) {
            matched++;
            if (exactly) {
                exact++;
            }
        }

        Entry entry() {
            return entry;
        }

        SearchableCustomer customer() {
            return entry.customer;
        }

        int matched() {
            return matched;
        }

        int exact() {
            return exact;
        }
    }
}
