package fi.register.benchmarks.load;

/** The floor for start-up time and resident memory: a JVM that prints that it is up, then waits to be stopped. */
public final class IdleJvm {

    static final String READY = "idle-jvm-ready";
    private static final long MAX_LIFETIME_MILLIS = 120_000; // never outlives a forgotten harness for long

    private IdleJvm() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(MAX_LIFETIME_MILLIS);
    }
}
