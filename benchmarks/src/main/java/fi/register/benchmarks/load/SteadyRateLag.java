package fi.register.benchmarks.load;

import fi.register.benchmarks.report.Figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * By hand, the projection lag under a steady registration rate alone (the harness measures it after its load):
 * {@code java -cp benchmarks/target/benchmarks.jar fi.register.benchmarks.load.SteadyRateLag <register.jar> <rate> <samples>}.
 * One register on an empty data directory in a temporary directory, warmed up as the harness warms it.
 */
public final class SteadyRateLag {

    private SteadyRateLag() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("steady-lag");
        int rate = Integer.parseInt(args[1]);
        int samples = Integer.parseInt(args[2]);
        try (RegisterProcess register = RegisterProcess.start(Path.of(args[0]), work.resolve("data"))) {
            RegisterClient client = new RegisterClient(register.port());
            LoadHarness.awaitHealthy(register, client);
            Registrations registrations = new Registrations();
            LoadHarness.warmUp(client, registrations);
            List<Figure> figures = ProjectionLag.measureAtSteadyRate(client, registrations, samples, rate);
            figures.forEach(figure -> System.out.printf("%s: %.1f %s (%s %.1f) %s%n", figure.name(), figure.value(),
                    figure.unit(), figure.baselineName(), figure.baseline(), figure.note()));
        }
    }
}
