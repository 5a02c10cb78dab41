package nl.wijkdeal;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import nl.wijkdeal.database.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the web service, or runs one of the commands ({@code java -jar wijkdeal.jar help}).
 */
@OpenAPIDefinition(info = @Info(
        title = "Wijkdeal",
        version = "1",
        description = "Participatory budgeting for Dutch municipalities: areas, rounds, plans and results.",
        license = @License(name = "EUPL-1.2", url = "https://eupl.eu/1.2/nl/")))
public class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    public static void main(String[] args) {
        if (args.length > 0 && Commands.handles(args[0])) {
            System.exit(Commands.run(args));
        }
        new Service().mainClass(Application.class).args(args).banner(false).start();
    }

    /** Turns a configuration problem at start-up into one readable line and a non-zero exit. */
    private static final class Service extends Micronaut {

        @Override
        protected void handleStartupException(Environment environment, Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof StartupProblem problem) {
                    LOG.error(problem.getMessage());
                    System.exit(2);
                }
            }
            super.handleStartupException(environment, exception);
        }
    }
}
