package nl.wijkdeal.tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandTest {

    static final String ASSEN = "src/test/resources/pabulib/instances/Netherlands_Assen_2024.pb";

    record Run(int code, String out, String err) {
    }

    static Run tally(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TallyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void mesAdd1OnAssenPrintsTheOfficialOutcomeAsOneJsonObject() {
        Run run = tally(ASSEN, "--rule", "mes", "--completion", "add1");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("{\"rule\":\"mes\",\"selected\":[\"3\",\"9\",\"11\",\"2\",\"13\",\"14\",\"5\",\"6\",\"12\"],"
                + "\"total_cost\":\"76700\",\"time_ms\":"), run.out());
        assertTrue(run.out().contains("\"completion\":\"add1\""));
        assertEquals(1, run.out().lines().count());
        assertTrue(!run.out().contains("explanations"));
    }

    @Test
    void explainAddsADutchReasonPerProject() {
        Run run = tally(ASSEN, "--rule", "greedy", "--explain");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("{\"project\":\"3\",\"selected\":true,\"reason\":\"SELECTED\",\"round\":1,"), run.out());
        assertTrue(run.out().contains("\"text\":\"gekozen in ronde 1\""));
        assertTrue(run.out().contains("\"reason\":\"DOES_NOT_FIT\""));
        assertTrue(run.out().contains("paste niet meer (nog € "));
    }

    @Test
    void tieBreakAndThresholdAndTopN() {
        Run run = tally(ASSEN, "--rule", "top-n", "--n", "3", "--tie-break", "cost", "--threshold", "10");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"selected\":[\"3\",\"9\",\"8\"]"), run.out());
        assertTrue(run.out().contains("\"tie_break\":\"cost\""));
        assertTrue(run.out().contains("\"threshold\":\"10\""));
    }

    @Test
    void aBrokenFileNamesTheLineOnStderrWithExitCode2AndNothingOnStdout(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.pb");
        Files.writeString(broken, Files.readString(Path.of(ASSEN)).replaceFirst("\n3;7200;", "\n3;abc;"));
        Run run = tally(broken.toString(), "--rule", "greedy");
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().matches("(?s)tally: .*broken\\.pb: regel \\d+: kosten 'abc' is geen getal\\R"), run.err());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, tally().code());
        assertEquals(2, tally(ASSEN, "--rule", "borda").code());
        assertTrue(tally(ASSEN, "--rule", "borda").err().contains("--rule 'borda' ken ik niet"));
        assertEquals(2, tally(ASSEN, "--utility", "cost").code());
        assertEquals(2, tally(ASSEN, "--rule", "mes", "--threshold", "veel").code());
        assertEquals(2, tally(ASSEN, "--frobnicate").code());
        Run missing = tally("bestaat-niet.pb");
        assertEquals(2, missing.code());
        assertEquals("", missing.out());
        assertTrue(missing.err().contains("bestand niet gevonden"));
    }

    @Test
    void helpExplainsTheOptions() {
        Run run = tally("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--completion none|add1|add1-until-infeasible|add1-then-greedy"));
    }
}
