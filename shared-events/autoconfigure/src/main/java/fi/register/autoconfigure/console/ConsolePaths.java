package fi.register.autoconfigure.console;

/** Where the console lives: everything else (the API, health, the API documents) stays with the API's chain. */
public final class ConsolePaths {

    public static final String HOME = "/";
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    /** Every page of every role, and the console's own style sheet. */
    public static final String PAGES = "/console/**";
    /** Served by the register itself (classpath static/console/assets): nothing loads from the internet. */
    public static final String ASSETS = "/console/assets/**";
    /** The WebJars on the class path (META-INF/resources/webjars), among the assets: {@code /console/assets/webjars/echarts/…}. */
    static final String WEBJARS = "/console/assets/webjars/**";
    /** Where a signed-in user lands when the role does not allow the page (answered 403). */
    public static final String FORBIDDEN = "/console/forbidden";

    static final String[] ALL = {HOME, LOGIN, LOGOUT, PAGES};

    private ConsolePaths() {
    }

    /** The paths whose pages are in the user's language (and whose forms use the console's messages). */
    static boolean isConsole(String path) {
        return path.equals(HOME) || path.equals(LOGIN) || path.equals(LOGOUT) || path.startsWith("/console/");
    }
}
