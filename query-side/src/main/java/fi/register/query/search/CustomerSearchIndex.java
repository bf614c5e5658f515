package fi.register.query.search;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayDeque;
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

    /** Then by id, so equal times still give one order from one page to the next. */
    private static final Comparator<SearchableCustomer> MOST_RECENTLY_ACTIVE_FIRST = (a, b) -> {
        Instant first = a.lastActiveAt();
        Instant second = b.lastActiveAt();
        if (first != null && second != null) {
            int later = second.compareTo(first);
            if (later != 0) {
                return later;
            }
        } else if (first != second) {
            return first == null ? 1 : -1;
        }
        return a.customerId().compareTo(b.customerId());
    };
    /** Written out rather than chained: a one-letter query compares tens of thousands of candidates. */
    private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        if (a.matched != b.matched) {
            return Integer.compare(b.matched, a.matched);
        }
        if (a.exact != b.exact) {
            return Integer.compare(b.exact, a.exact);
        }
        return MOST_RECENTLY_ACTIVE_FIRST.compare(a.entry.customer, b.entry.customer);
    };

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<UUID, Entry> entries = new HashMap<>();
    /** Each entry's place in a query's table of candidates; the places of removed entries are given out again. */
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private int slots;
    private final TreeMap<String, List<Entry>> nameWords = new TreeMap<>();
    private final TreeMap<String, List<Entry>> emails = new TreeMap<>();
    private final TreeMap<String, List<Entry>> numbers = new TreeMap<>();

    /** Files the customer, in place of what was filed before. */
    public void put(SearchableCustomer customer) {
        lock.writeLock().lock();
        try {
            removeFiled(customer.customerId());
            Entry entry = new Entry(customer, freeSlots.isEmpty() ? slots++ : freeSlots.pop());
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
            freeSlots.clear();
            slots = 0;
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
            // a table by slot, not a hash map: a one-letter query finds tens of thousands of candidates
            Candidate[] bySlot = new Candidate[slots];
            List<Candidate> candidates = new ArrayList<>();
            for (int t = 0; t < terms.size(); t++) {
                SearchTerm term = terms.get(t);
                switch (term.kind()) {
                    case WORD -> {
                        collect(nameWords, term.text(), t, bySlot, candidates);
                        collect(emails, term.text(), t, bySlot, candidates);
                    }
                    case EMAIL -> collect(emails, term.text(), t, bySlot, candidates);
                    case NUMBER -> collect(numbers, term.text(), t, bySlot, candidates);
                }
            }
            total = candidates.size();
            page = best(candidates, BEST_FIRST, offset, limit).stream().map(Candidate::customer).toList();
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
        Comparator<T> worstFirst = order.reversed();
        PriorityQueue<T> worstOnTop = new PriorityQueue<>(Math.min(keep, 1024) + 1, worstFirst);
        for (T item : items) {
            if (worstOnTop.size() < keep) {
                worstOnTop.add(item);
            } else if (order.compare(item, worstOnTop.peek()) < 0) {
                // better than the worst kept: most items are not, and cost one comparison
                worstOnTop.poll();
                worstOnTop.add(item);
            }
        }
        List<T> kept = new ArrayList<>(worstOnTop);
        kept.sort(order);
        return offset >= kept.size() ? List.of() : kept.subList(offset, kept.size());
    }

    /** Counts term {@code term} for every customer filed under a key starting with the prefix, once per customer. */
    private static void collect(NavigableMap<String, List<Entry>> map, String prefix, int term, Candidate[] bySlot,
                                List<Candidate> candidates) {
        if (prefix.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<Entry>> filed : map.subMap(prefix, true, prefix + Character.MAX_VALUE, false).entrySet()) {
            boolean exact = filed.getKey().length() == prefix.length();
            for (Entry entry : filed.getValue()) {
                Candidate candidate = bySlot[entry.slot];
                if (candidate == null) {
                    candidate = new Candidate(entry);
                    bySlot[entry.slot] = candidate;
                    candidates.add(candidate);
                }
                candidate.count(term, exact);
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
            freeSlots.push(entry.slot);
        }
    }

    /** A customer as filed: the value, and every key it is filed under, so it can be taken out of each. */
    private static final class Entry {

        SearchableCustomer customer;
        final int slot;
        private final List<Map.Entry<Map<String, List<Entry>>, String>> filedUnder = new ArrayList<>(6);

        Entry(SearchableCustomer customer, int slot) {
            this.customer = customer;
            this.slot = slot;
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

    /**
     * A customer matching the query so far: how many terms, how many of them exactly. A term found in several of the
     * customer's words or fields counts once, exactly if any of them is exact.
     */
    private static final class Candidate {

        private final Entry entry;
        private int matched;
        private int exact;
        private int lastTerm = -1;
        private boolean lastTermExact;

        Candidate(Entry entry) {
            this.entry = entry;
        }

        void count(int term, boolean exactly) {
            if (term != lastTerm) {
                lastTerm = term;
                lastTermExact = false;
                matched++;
            }
            if (exactly && !lastTermExact) {
                lastTermExact = true;
                exact++;
            }
        }

        SearchableCustomer customer() {
            return entry.customer;
        }
    }
}
