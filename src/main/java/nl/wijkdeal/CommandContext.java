package nl.wijkdeal;

import io.micronaut.context.ApplicationContext;
import nl.wijkdeal.database.StartupProblem;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The application as a command of the jar needs it ({@code java -jar wijkdeal.jar audit verify},
 * {@code admin create-user}): configuration, the database (migrated by Flyway as at every start)
 * and every bean, but no HTTP server, no demo data and no scheduled jobs. The database comes from
 * the usual settings ({@code WIJKDEAL_DATABASE_URL} etc., or {@code -Dwijkdeal.database.url=...}).
 *
 * <p>A command usually needs only {@link #run}:
 * <pre>{@code
 * static int run(String[] args, PrintStream out, PrintStream err) {
 *     return CommandContext.run(err, context -> {
 *         var result = context.getBean(SomeUseCase.class).call();
 *         out.println(...);
 *         return 0;
 *     });
 * }
 * }</pre>
 * Use {@link #start} directly when the context must outlive one call (close it yourself).
 */
public final class CommandContext {

    /** Exit code when the application cannot start, e.g. the database cannot be reached (as the service). */
    public static final int CANNOT_START = 2;

    // Forced over application.properties: a command must not import demo data into a real database,
    // nor run the scheduler's phase changes a second time next to the running service.
    static final Map<String, Object> COMMAND_SETTINGS = Map.of(
            "wijkdeal.demo", "false",
            "wijkdeal.scheduler.enabled", "false",
            // The output of a command is its own lines; start-up chatter would drown them. Warnings
            // and errors still show.
            "logger.levels.root", "WARN");

    private CommandContext() {
    }

    /**
     * Starts the application context for a command, without the HTTP server. The caller closes it.
     *
     * @throws StartupProblem when the operator has to fix the configuration (its message says what)
     */
    public static ApplicationContext start() {
        try {
            return ApplicationContext.builder()
                    .mainClass(Application.class)
                    .banner(false)
                    .properties(COMMAND_SETTINGS)
                    .start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof StartupProblem problem) {
                    throw problem;
                }
            }
            throw e;
        }
    }

    /**
     * Runs {@code body} in a fresh context and closes it. A configuration problem at start-up becomes
     * one line on {@code err} and exit code {@link #CANNOT_START}, like the service itself.
     *
     * @return the exit code of {@code body}
     */
    public static int run(PrintStream err, ToIntFunction<ApplicationContext> body) {
        ApplicationContext context;
        try {
            context = start();
        } catch (StartupProblem problem) {
            err.println(problem.getMessage());
            return CANNOT_START;
        }
        try (context) {
            return body.applyAsInt(context);
        }
    }
}
