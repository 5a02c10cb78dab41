package nl.wijkdeal.database;

/**
 * A problem at start-up that the operator can fix by configuration. Its message is the one line
 * the operator reads, so it names what failed and what to set; no stack trace is printed for it.
 */
public final class StartupProblem extends RuntimeException {

    public StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
