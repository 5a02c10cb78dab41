package nl.wijkdeal.register;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A register extract as uploaded: a CSV file with a header row. It accepts what spreadsheets and
 * BRP tools write (UTF-8 with or without BOM, or Windows-1252/Latin-1; semicolons, commas or tabs;
 * empty lines) and refuses a file whose columns it does not know: a column such as "bsn" has no
 * business in Wijkdeal and must not be uploaded at all. Rows are read one at a time, so a file of
 * 200,000 rows never becomes 200,000 objects.
 */
final class RegisterFile {

    /** The columns Wijkdeal reads; the letter columns are only needed to print letters. */
    enum Column {
        POSTCODE(true, "postcode"),
        HOUSE_NUMBER(true, "huisnummer"),
        HOUSE_LETTER(false, "huisletter"),
        ADDITION(false, "toevoeging", "huisnummertoevoeging"),
        BIRTH_DATE(true, "geboortedatum"),
        NAME(false, "naam", "tenaamstelling"),
        ADDRESS_1(false, "adresregel1", "adres1"),
        ADDRESS_2(false, "adresregel2", "adres2"),
        ADDRESS_3(false, "adresregel3", "adres3");

        private final boolean required;
        private final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        String headerName() {
            return names.get(0);
        }

        static Optional<Column> named(String header) {
            String compact = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            for (Column column : values()) {
                if (column.names.contains(compact)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    /** Why a whole file is refused; nothing of it is imported. */
    enum FileProblem {
        EMPTY, NOT_TEXT, MISSING_COLUMNS, UNKNOWN_COLUMNS, REPEATED_COLUMNS
    }

    static final class Refused extends Exception {
        private final FileProblem problem;
        private final List<String> columns;

        Refused(FileProblem problem, List<String> columns) {
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.columns = List.copyOf(columns);
        }

        FileProblem problem() {
            return problem;
        }

        /** The columns the problem is about, as named in the file (unknown) or as expected (missing). */
        List<String> columns() {
            return columns;
        }
    }

    /** Why one row is left out. */
    enum RowProblem {
        POSTCODE, HOUSE_NUMBER, BIRTH_DATE, TOO_MANY_FIELDS, OUTSIDE_ROUND, TOO_YOUNG, DUPLICATE
    }

    /**
     * One row: the resident, or why the row cannot be read.
     *
     * @param number the line in the file (the header is line 1)
     */
    record Line(long number, Resident resident, String name, List<String> address, RowProblem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final byte[] bytes;
    private final Charset charset;
    private final char delimiter;
    private final Map<Column, Integer> positions;

    private RegisterFile(byte[] bytes, Charset charset, char delimiter, Map<Column, Integer> positions) {
        this.bytes = bytes;
        this.charset = charset;
        this.delimiter = delimiter;
        this.positions = positions;
    }

    static RegisterFile open(byte[] bytes) throws Refused {
        if (bytes.length == 0) {
            throw new Refused(FileProblem.EMPTY, List.of());
        }
        if (!looksLikeText(bytes)) {
            throw new Refused(FileProblem.NOT_TEXT, List.of());
        }
        Charset charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String firstLine = firstLine(bytes, charset);
        if (firstLine.isBlank()) {
            throw new Refused(FileProblem.EMPTY, List.of());
        }
        char delimiter = delimiterOf(firstLine);
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        Set<String> repeated = new LinkedHashSet<>();
        List<String> headers = splitHeader(firstLine, delimiter);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            Optional<Column> column = Column.named(header);
            if (column.isEmpty()) {
                unknown.add(header);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                repeated.add(header);
            }
        }
        if (!unknown.isEmpty()) {
            throw new Refused(FileProblem.UNKNOWN_COLUMNS, unknown);
        }
        if (!repeated.isEmpty()) {
            throw new Refused(FileProblem.REPEATED_COLUMNS, List.copyOf(repeated));
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !positions.containsKey(column)) {
                missing.add(column.headerName());
            }
        }
        if (!missing.isEmpty()) {
            throw new Refused(FileProblem.MISSING_COLUMNS, missing);
        }
        return new RegisterFile(bytes, charset, delimiter, positions);
    }

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    /** Whether the file has what a letter needs: a name and an address line. */
    boolean hasLetterColumns() {
        return positions.containsKey(Column.NAME) && positions.containsKey(Column.ADDRESS_1);
    }

    /** The number of line breaks, for the progress bar; a little more than the rows. */
    int estimatedRows() {
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return Math.max(1, lines);
    }

    /** Reads every row after the header in order, skipping empty ones. */
    void forEachLine(Consumer<Line> each) {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(withoutBom(), charset), format())) {
            Iterator<CSVRecord> records = parser.iterator();
            if (records.hasNext()) {
                records.next(); // the header, read in open()
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isEmpty(record)) {
                    continue;
                }
                each.accept(read(parser.getCurrentLineNumber(), record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new Unreadable(e);
        }
    }

    /** An unclosed quote or similar damage deep in the file: the whole import stops, nothing is stored. */
    static final class Unreadable extends RuntimeException {
        Unreadable(Throwable cause) {
            super("the register file cannot be read as CSV", cause);
        }
    }

    private Line read(long number, CSVRecord record) {
        if (record.size() > positions.values().stream().mapToInt(i -> i).max().orElse(0) + 1
                && !extraFieldsBlank(record)) {
            return new Line(number, null, "", List.of(), RowProblem.TOO_MANY_FIELDS);
        }
        Optional<String> postcode = ResidentRules.postcode(value(record, Column.POSTCODE));
        if (postcode.isEmpty()) {
            return new Line(number, null, "", List.of(), RowProblem.POSTCODE);
        }
        Optional<ResidentRules.HouseNumber> house = ResidentRules.houseNumber(value(record, Column.HOUSE_NUMBER),
                value(record, Column.HOUSE_LETTER), value(record, Column.ADDITION));
        if (house.isEmpty()) {
            return new Line(number, null, "", List.of(), RowProblem.HOUSE_NUMBER);
        }
        Optional<java.time.LocalDate> born = ResidentRules.date(value(record, Column.BIRTH_DATE));
        if (born.isEmpty()) {
            return new Line(number, null, "", List.of(), RowProblem.BIRTH_DATE);
        }
        List<String> address = new ArrayList<>();
        for (Column line : List.of(Column.ADDRESS_1, Column.ADDRESS_2, Column.ADDRESS_3)) {
            String text = value(record, line).strip();
            if (!text.isEmpty()) {
                address.add(text);
            }
        }
        return new Line(number, new Resident(postcode.get(), house.get().number(), house.get().addition(), born.get()),
                value(record, Column.NAME).strip(), address, null);
    }

    private boolean extraFieldsBlank(CSVRecord record) {
        int last = positions.values().stream().mapToInt(i -> i).max().orElse(0);
        for (int i = last + 1; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String value(CSVRecord record, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= record.size() ? "" : record.get(position);
    }

    private static boolean isEmpty(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(false).build();
    }

    private ByteArrayInputStream withoutBom() {
        int skip = hasBom(bytes) ? 3 : 0;
        return new ByteArrayInputStream(bytes, skip, bytes.length - skip);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** A spreadsheet saved as .xlsx (a zip) or any binary file has NUL bytes early on; text has none. */
    private static boolean looksLikeText(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return !(bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K');
    }

    /** Windows-1252 bytes such as é (0xE9) alone are never valid UTF-8, so a strict decode tells them apart. */
    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String firstLine(byte[] bytes, Charset charset) {
        int skip = hasBom(bytes) ? 3 : 0;
        int end = skip;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        return new String(bytes, skip, end - skip, charset);
    }

    /** The most frequent of ; , and tab in the header; Dutch spreadsheets write semicolons. */
    private static char delimiterOf(String header) {
        char best = ';';
        long most = -1;
        for (char candidate : new char[]{';', ',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static List<String> splitHeader(String header, char delimiter) {
        try (CSVParser parser = CSVParser.parse(header, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build())) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests and messages: never the content, only how the file was read. */
    @Override
    public String toString() {
        return "RegisterFile[" + charset + ", delimiter '" + delimiter + "', columns " + positions.keySet() + "]";
    }
}
