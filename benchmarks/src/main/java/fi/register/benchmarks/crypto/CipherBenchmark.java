package fi.register.benchmarks.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.crypto.CryptoShreddingSerializer;
import fi.register.crypto.PersonalDataCipher;
import fi.register.crypto.PersonalDataProtection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One personal value (an e-mail address) sealed and opened under its subject's key, through the cached key store as
 * the register uses it. The baselines are what the value costs without encryption: writing it as JSON and reading it
 * back, which the serializer does for every personal field anyway.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CipherBenchmark {

    private static final String CONTEXT = "email";

    private final UUID subjectId = UUID.randomUUID();
    private final ObjectMapper mapper = CryptoShreddingSerializer.objectMapper();
    private PersonalDataCipher cipher;
    private String token;
    private byte[] json;

    @Setup
    public void setUp() throws JsonProcessingException {
        cipher = PersonalDataProtection.open(new InMemoryDataKeyStore(), Duration.ofMinutes(10)).cipher();
        token = cipher.encryptString(subjectId, CONTEXT, SampleCustomer.EMAIL);
        json = mapper.writeValueAsBytes(SampleCustomer.EMAIL);
    }

    @Benchmark
    public String encrypt() {
        return cipher.encryptString(subjectId, CONTEXT, SampleCustomer.EMAIL);
    }

    @Benchmark
    public Object decrypt() {
        return cipher.decryptString(subjectId, CONTEXT, token);
    }

    @Benchmark
    public byte[] jsonWriteBaseline() throws JsonProcessingException {
        return mapper.writeValueAsBytes(SampleCustomer.EMAIL);
    }

    @Benchmark
    public String jsonReadBaseline() throws java.io.IOException {
        return mapper.readValue(json, String.class);
    }
}
