package fi.register.benchmarks.crypto;

import fi.register.crypto.BlindIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;

/**
 * The keyed index of an e-mail address (normalization and HMAC-SHA256). The baseline is a plain SHA-256 of the same
 * address, what an unkeyed (guessable) hash index would cost.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BlindIndexBenchmark {

    private static final String EMAIL = " Bench.Customer.0001@Example.test ";

    private BlindIndex index;
    private MessageDigest sha256;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        index = new BlindIndex(InMemoryDataKeyStore.newAesKey().getEncoded());
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Benchmark
    public String blindIndexOfEmail() {
        return index.of(EMAIL);
    }

    @Benchmark
    public byte[] plainSha256Baseline() {
        return sha256.digest(EMAIL.getBytes(StandardCharsets.UTF_8));
    }
}
