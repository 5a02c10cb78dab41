package nl.wijkdeal.result.recount;

import nl.wijkdeal.kernel.CsvCell;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wijkdeal.result.recount.PublishedResult.PlanLine;
import nl.wijkdeal.tally.BallotKind;
import nl.wijkdeal.tally.Explanation;
import nl.wijkdeal.tally.ScoreUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code uitslag.csv}: the plans of a wijk as a spreadsheet, one row per plan in place order. A byte
 * order mark, semicolons and CRLF because that is what Dutch Excel opens correctly with a double
 * click (as register.MailingHouseCsv); amounts with a decimal point, so they read the same everywhere.
 */
public final class ResultCsv {

    public static final String NAME = "uitslag.csv";

    static final String[] HEADER = {
        "plaats", "plan", "titel", "kosten", "score", "kiezers", "berekend_gekozen", "vastgesteld_gekozen", "reden"};

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setHeader(HEADER)
            .setRecordSeparator("\r\n")
            .build();

    private ResultCsv() {
    }

    public static byte[] bytes(PublishedResult result) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            ScoreUnit unit = result.voteType() == BallotKind.APPROVAL ? ScoreUnit.VOTES : ScoreUnit.POINTS;
            for (PlanLine p : result.plans()) {
                printer.printRecord(List.of(
                        Integer.toString(p.place()), p.id(), p.title(), p.cost().toPlainString(),
                        Long.toString(p.score()), Long.toString(p.voters()), yesNo(p.computedSelected()),
                        yesNo(p.adoptedSelected()), reason(p, unit)).stream().map(CsvCell::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String yesNo(boolean b) {
        return b ? "ja" : "nee";
    }

    /** The tally's own Dutch (B1) sentence for the computed outcome, the same words as on the results page. */
    static String reason(PlanLine p, ScoreUnit unit) {
        return new Explanation(p.id(), p.reason(), p.selectionRound(), p.place(), p.score(), unit, p.amount(),
                p.cost(), p.limit(), p.other()).dutch();
    }
}
