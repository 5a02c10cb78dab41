package nl.wijkdeal.tally.pabulib;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Pabulib text into {@code ;}-separated records with real CSV quoting: a quoted field may hold
 * {@code ;}, a line break, or a doubled {@code ""} for one quote (project names do). A leading BOM and
 * CRLF line ends are accepted because published files have both. Each record remembers the line it
 * starts on, for error messages.
 */
final class CsvRecords {

    record Row(int line, List<String> fields) {
        String field(int i) {
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private final String text;
    private int pos;
    private int line = 1;

    CsvRecords(String text) {
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    boolean hasNext() {
        return pos < text.length();
    }

    Row next() throws PabulibException {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                fields.add(field.toString());
                return new Row(startLine, fields);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new PabulibException(startLine, "een aanhalingsteken (\") wordt niet gesloten");
        }
        fields.add(field.toString());
        return new Row(startLine, fields);
    }
}
