package fi.register.benchmarks.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the register jar is launched: the same jar every time, with extra JVM options, extra jars on its class path
 * (Spring Boot's PropertiesLauncher reads them from {@code loader.path}, so a candidate's JDBC driver never has to
 * be built into the product) and extra Spring arguments (a datasource, a profile).
 */
record RegisterLaunch(List<String> jvmOptions, List<Path> extraJars, List<String> arguments) {

    private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    /** The jar as a user starts it: {@code java -jar register.jar}. */
    static RegisterLaunch plain() {
        return new RegisterLaunch(List.of(), List.of(), List.of());
    }

    List<String> command(String java, Path jar) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        if (extraJars.isEmpty()) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.add("-Dloader.path=" + extraJars.stream().map(Path::toString).collect(Collectors.joining(",")));
            command.addAll(List.of("-cp", jar.toString(), PROPERTIES_LAUNCHER));
        }
        return command;
    }
}
