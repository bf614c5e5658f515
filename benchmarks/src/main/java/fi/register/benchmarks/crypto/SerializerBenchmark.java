package fi.register.benchmarks.crypto;

import fi.register.crypto.CryptoShreddingSerializer;
import fi.register.crypto.PersonalDataProtection;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
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
 * One event written and read back, as the event store does it (bytes both ways): the register's serializer, Axon's
 * plain Jackson serializer on the same event (the baseline: crypto-shredding off), and the everest extension on the
 * equivalent event. Each uses its own mapper configured the register's way, and keys already in memory, so what
 * differs is the serializer's own work.
 * <p>
 * The path (Jackson, Axon's converters, the cipher) is large: on two shared cores its time per operation was still
 * falling after two seconds of warm-up, hence the longer warm-up here than for the small benchmarks.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 3, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerializerBenchmark {

    private final UUID customerId = UUID.randomUUID();
    private Object registerEvent;
    private Object everestEvent;
    private Serializer register;
    private Serializer plainJackson;
    private Serializer everest;

    @Setup
    public void setUp() {
        registerEvent = SampleCustomer.registered(customerId);
        everestEvent = SampleCustomer.registeredForEverest(customerId);
        register = PersonalDataProtection.open(new InMemoryDataKeyStore(), Duration.ofMinutes(10)).serializer();
        plainJackson = JacksonSerializer.builder().objectMapper(CryptoShreddingSerializer.objectMapper()).build();
        everest = EverestSerializers.around(
                JacksonSerializer.builder().objectMapper(CryptoShreddingSerializer.objectMapper()).build());
        // the first use of a subject creates its key: done here, so the benchmark measures the steady state;
        // and a serializer that does not give the event back would be measuring a broken path
        for (Serializer serializer : new Serializer[]{register, plainJackson}) {
            requireSame(registerEvent, roundTrip(serializer, registerEvent));
        }
        requireSame(everestEvent, roundTrip(everest, everestEvent));
    }

    private static void requireSame(Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("A serializer did not read back the event it wrote: "
                    + expected.getClass().getSimpleName());
        }
    }

    @Benchmark
    public Object cryptoShreddingRoundTrip() {
        return roundTrip(register, registerEvent);
    }

    @Benchmark
    public Object plainJacksonRoundTrip() {
        return roundTrip(plainJackson, registerEvent);
    }

    @Benchmark
    public Object everestRoundTrip() {
        return roundTrip(everest, everestEvent);
    }

    private static Object roundTrip(Serializer serializer, Object event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        return serializer.deserialize(stored);
    }
}
