package fi.register.benchmarks;

import fi.register.benchmarks.crypto.BlindIndexBenchmark;
import fi.register.benchmarks.crypto.CipherBenchmark;
import fi.register.benchmarks.crypto.SerializerBenchmark;
import fi.register.benchmarks.guard.IdentityCodeScreenBenchmark;
import fi.register.benchmarks.report.Figure;
import fi.register.benchmarks.search.CustomerSearchBenchmark;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the JMH benchmarks in forked JVMs and pairs each result with its baseline. */
final class MicroBenchmarks {

    private static final String SERIALIZER = "Serializer (JMH, one event written and read back)";
    private static final String PARTS = "Crypto-shredding parts and the identity-code screen (JMH)";
    private static final String SEARCH = "Customer search, 100,000 customers in the index (JMH, a page of 20)";

    private MicroBenchmarks() {
    }

    /**
     * Several forks, so the error covers differences between JVMs (code layout, JIT decisions), not just iterations.
     * Warm-up and measurement iterations come from each benchmark class unless given here.
     */
    static List<Figure> run(int forks, Optional<Integer> warmupSeconds, Optional<Integer> measurementSeconds)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(SerializerBenchmark.class.getName())
                .include(CipherBenchmark.class.getName())
                .include(BlindIndexBenchmark.class.getName())
                .include(IdentityCodeScreenBenchmark.class.getName())
                .include(CustomerSearchBenchmark.class.getName())
                .forks(forks)
                .threads(1);
        warmupSeconds.ifPresent(seconds -> options.warmupIterations(seconds).warmupTime(TimeValue.seconds(1)));
        measurementSeconds.ifPresent(seconds -> options.measurementIterations(seconds).measurementTime(TimeValue.seconds(1)));
        return figures(new Runner(options.build()).run());
    }

    private static List<Figure> figures(Collection<RunResult> results) {
        Map<String, Result<?>> byMethod = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                    result.getPrimaryResult());
        }
        List<Figure> figures = new ArrayList<>();
        pair(figures, byMethod, SERIALIZER, "register's CryptoShreddingSerializer", "SerializerBenchmark.cryptoShreddingRoundTrip",
                "Axon JacksonSerializer, no encryption", "SerializerBenchmark.plainJacksonRoundTrip",
                "the cost of crypto-shredding on the serializer path");
        pair(figures, byMethod, SERIALIZER, "everest crypto-shredding-extension 1.2.0", "SerializerBenchmark.everestRoundTrip",
                "Axon JacksonSerializer, no encryption", "SerializerBenchmark.plainJacksonRoundTrip",
                "the peer on an equivalent event (same personal values, same subject key)");
        pair(figures, byMethod, SERIALIZER, "register's CryptoShreddingSerializer", "SerializerBenchmark.cryptoShreddingRoundTrip",
                "everest crypto-shredding-extension 1.2.0", "SerializerBenchmark.everestRoundTrip",
                "below 1: the register's is faster than the peer");
        pair(figures, byMethod, PARTS, "PersonalDataCipher.encrypt (an e-mail)", "CipherBenchmark.encrypt",
                "Jackson write of the same value", "CipherBenchmark.jsonWriteBaseline", "AES-256-GCM, cached key");
        pair(figures, byMethod, PARTS, "PersonalDataCipher.decrypt (an e-mail)", "CipherBenchmark.decrypt",
                "Jackson read of the same value", "CipherBenchmark.jsonReadBaseline", "");
        pair(figures, byMethod, PARTS, "BlindIndex.of (an e-mail)", "BlindIndexBenchmark.blindIndexOfEmail",
                "unkeyed SHA-256 of the same e-mail", "BlindIndexBenchmark.plainSha256Baseline",
                "normalization (strip, NFC, lower case) + HMAC-SHA256");
        pair(figures, byMethod, PARTS, "PersonalIdentityCodeScreen (a registration body)",
                "IdentityCodeScreenBenchmark.screenRegistration", "Jackson parse of the same body",
                "IdentityCodeScreenBenchmark.jsonParseBaseline", "clean body: every text scanned, nothing found");
        pair(figures, byMethod, PARTS, "PersonalIdentityCodeScreen (a registration body)",
                "IdentityCodeScreenBenchmark.screenRegistration", "the screen of 859a1b0 (ASCII patterns, no folding)",
                "IdentityCodeScreenBenchmark.previousScreenBaseline",
                "strict UTF-8 decoding and Unicode folding included; issue 10");
        String scan = "one pass over every last name (startsWith)";
        pair(figures, byMethod, SEARCH, "a name prefix (\"virta\")", "CustomerSearchBenchmark.namePrefix",
                scan, "CustomerSearchBenchmark.scanOfEveryLastNameBaseline", "goal: under 50 ms (50,000 µs)");
        pair(figures, byMethod, SEARCH, "one letter (\"m\")", "CustomerSearchBenchmark.oneLetter",
                scan, "CustomerSearchBenchmark.scanOfEveryLastNameBaseline", "the broadest query");
        pair(figures, byMethod, SEARCH, "a phone number (written 04X-XXX XXXX)", "CustomerSearchBenchmark.phoneNumber",
                scan, "CustomerSearchBenchmark.scanOfEveryLastNameBaseline", "");
        pair(figures, byMethod, SEARCH, "an e-mail address", "CustomerSearchBenchmark.emailAddress",
                scan, "CustomerSearchBenchmark.scanOfEveryLastNameBaseline", "");
        return figures;
    }

    private static void pair(List<Figure> figures, Map<String, Result<?>> results, String section,
                             String name, String method, String baselineName, String baselineMethod, String note) {
        Result<?> result = results.get(method);
        Result<?> baseline = results.get(baselineMethod);
        if (result == null || baseline == null) {
            figures.add(Figure.alone(section, name, Double.NaN, "µs/op", "not measured: a benchmark failed"));
            return;
        }
        figures.add(new Figure(section, name, result.getScore(), result.getScoreError(), "µs/op",
                baselineName, baseline.getScore(), baseline.getScoreError(), note));
    }
}
