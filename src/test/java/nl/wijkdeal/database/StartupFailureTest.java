package nl.wijkdeal.database;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the real application in its own process against a database that is not there: it must
 * stop with exit code 2 and one readable line naming the url (without its password) and the
 * settings to fix, not a wall of stack trace.
 */
class StartupFailureTest {

    @Test
    void anUnreachableDatabaseGivesOneClearLineAndAnExitCode() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "nl.wijkdeal.Application")
                .redirectErrorStream(true);
        builder.environment().put("WIJKDEAL_DATABASE_URL", "jdbc:postgresql://127.0.0.1:9/wijkdeal?password=geheim");
        builder.environment().put("WIJKDEAL_DATABASE_USER", "wijkdeal");
        builder.environment().put("WIJKDEAL_PORT", "0");
        Process process = builder.start();
        String output;
        try {
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the service should give up, not hang");
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }

        assertEquals(2, process.exitValue(), output);
        List<String> errors = output.lines().filter(l -> l.contains("ERROR")).toList();
        assertEquals(1, errors.size(), output);
        assertTrue(errors.get(0).contains("Cannot connect to the database at jdbc:postgresql://127.0.0.1:9/wijkdeal ("), output);
        assertTrue(errors.get(0).contains("WIJKDEAL_DATABASE_URL"), output);
        assertFalse(output.contains("geheim"), "the password must not be logged");
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
    }
}
