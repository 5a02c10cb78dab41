package nl.wijkdeal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar's command line, run as a real process the way {@code java -jar wijkdeal.jar ...} runs it:
 * commands work without starting the web service or a database.
 */
class CommandLineTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) throws Exception {
        String[] command = new String[args.length + 5];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-Xmx256m";
        command[2] = "-cp";
        command[3] = System.getProperty("java.class.path");
        command[4] = Application.class.getName();
        System.arraycopy(args, 0, command, 5, args.length);
        Process process = new ProcessBuilder(command).start();
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            return new Run(process.exitValue(), out, err);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void tallyReplaysAssen2024WithItsOfficialRule() throws Exception {
        Run run = run("tally", "src/test/resources/pabulib/instances/Netherlands_Assen_2024.pb",
                "--rule", "mes", "--completion", "add1");

        assertEquals(0, run.exitCode(), run.err());
        // The official outcome of Assen 2024 (MES add1), in selection order.
        assertTrue(run.out().contains("\"selected\": [\"3\", \"9\", \"11\", \"2\", \"13\", \"14\", \"5\", \"6\", \"12\"]")
                || run.out().replace(" ", "").contains("\"selected\":[\"3\",\"9\",\"11\",\"2\",\"13\",\"14\",\"5\",\"6\",\"12\"]"),
                run.out());
        assertTrue(run.out().strip().startsWith("{") && run.out().strip().endsWith("}"), run.out());
    }

    @Test
    void aBrokenFileIsExitCode2WithTheLineAndNothingOnStdout() throws Exception {
        Path broken = java.nio.file.Files.createTempFile("broken", ".pb");
        java.nio.file.Files.writeString(broken,
                "META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;abc\nVOTES\nvoter_id;vote\nv1;1\n");

        Run run = run("tally", broken.toString(), "--rule", "greedy");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("regel 7"), run.err());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = run("help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("tally FILE.pb"), run.out());
        assertTrue(run.out().contains("admin create-user"), run.out());
        assertTrue(run.out().contains("audit verify"), run.out());
    }
}
