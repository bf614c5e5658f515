package fi.register.benchmarks.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.register.guard.PersonalIdentityCodeScreen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The identity-code screen on a typical, clean registration request (the common case: every text is scanned and
 * nothing found). The baseline is parsing the same body into a JSON tree, which every request pays anyway.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IdentityCodeScreenBenchmark {

    static final byte[] REGISTRATION_BODY = """
            {"kind":"PERSON","firstName":"Bench","lastName":"Mäkelä",
             "address":{"street":"Benchmarkintie 1","postalCode":"00100","city":"Helsinki","country":"FI"},
             "email":"bench.customer.0001@example.test","phone":"+358 40 000 0001",
             "customerGroup":"NEUROSONIC_TREATMENT","language":"fi"}""".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper = new ObjectMapper();

    /** What the filter does to every body: strict UTF-8 decoding, then the screen on the text and its JSON tree. */
    @Benchmark
    public boolean screenRegistration() throws CharacterCodingException {
        String body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(REGISTRATION_BODY)).toString();
        return PersonalIdentityCodeScreen.inRequest("/api/customers", null, body);
    }

    @Benchmark
    public boolean previousScreenBaseline() {
        return PreviousIdentityCodeScreen.inBody(REGISTRATION_BODY);
    }

    @Benchmark
    public JsonNode jsonParseBaseline() throws IOException {
        return mapper.readTree(REGISTRATION_BODY);
    }
}
