package nl.wijkdeal.register;

import nl.wijkdeal.kernel.CsvCell;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The letters as a file for a mailing house (drukkerij) that prints and posts them itself: one row
 * per letter, in the order of the PDF. Semicolons, a byte order mark and CRLF because that is what
 * Dutch Excel opens correctly with a double click; UTF-8 so that names keep every accent, unlike the
 * PDF's built-in fonts.
 */
public final class MailingHouseCsv {

    static final String[] HEADER = {
        "naam", "adresregel_1", "adresregel_2", "adresregel_3", "wijk", "ronde", "stemperiode", "stemcode", "stemlink"};

    static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setHeader(HEADER)
            .setRecordSeparator("\r\n")
            .build();

    private MailingHouseCsv() {
    }

    /**
     * Writes the BOM, the header and one row per letter to {@code out}, which must encode UTF-8; the
     * caller closes it.
     */
    public static void write(Iterable<Letter> letters, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (Letter letter : letters) {
            printer.printRecord(row(letter));
        }
        // Not close(): that would close the caller's writer (and with it a zip being written).
        printer.flush();
    }

    private static List<String> row(Letter letter) {
        List<String> row = new ArrayList<>(HEADER.length);
        row.add(letter.name());
        for (int i = 0; i < Letter.MAX_ADDRESS_LINES; i++) {
            row.add(i < letter.addressLines().size() ? letter.addressLines().get(i) : "");
        }
        row.add(letter.wijkName());
        row.add(letter.roundTitle());
        row.add(LetterText.period(letter));
        row.add(letter.code());
        row.add(letter.link());
        return row.stream().map(CsvCell::inert).toList();
    }
}
