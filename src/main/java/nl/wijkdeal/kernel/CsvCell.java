package nl.wijkdeal.kernel;

/** A cell of a CSV file that people open in a spreadsheet. */
public final class CsvCell {

    private CsvCell() {
    }

    /**
     * Guards against CSV (formula) injection: a cell such as {@code =HYPERLINK(...)} or
     * {@code @SUM(...)} would run as a formula when someone opens the file in Excel. A leading
     * apostrophe makes Excel and LibreOffice show the text as text (OWASP's advice). Tab and carriage
     * return are on OWASP's list too. No real name, street, wijk, plan title or code starts with any of
     * these, so nothing honest changes.
     */
    public static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
