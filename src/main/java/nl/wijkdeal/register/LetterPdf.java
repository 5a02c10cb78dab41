package nl.wijkdeal.register;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The stemcode letters as one PDF, one letter per A4 page, ready for a mailing house or an office
 * printer. Pages go to the stream as they are made (OpenPDF keeps only a cross-reference entry per
 * page), so a round of tens of thousands of residents never sits in memory; that is also why this
 * takes an {@link Iterable}.
 *
 * <p>Only the built-in Helvetica and Courier are used, in WinAnsi: nothing to embed, so the file
 * stays small (about 4 kB a page) and prints the same everywhere. See {@link WinAnsi} for names
 * outside it.
 */
public final class LetterPdf {

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = PageSize.A4.getHeight();

    // A Dutch window envelope (C5/DL, window on the left): the window starts 20 mm from the left
    // and about 45 mm from the top and is 90 x 45 mm. Keep a few mm inside it, because the sheet
    // shifts in the envelope.
    private static final float WINDOW_LEFT = 25 * MM;
    private static final float WINDOW_TOP = 50 * MM;
    private static final float WINDOW_WIDTH = 80 * MM;
    private static final float WINDOW_HEIGHT = 38 * MM;

    private static final float LEFT = 20 * MM;
    private static final float RIGHT = PageSize.A4.getWidth() - 20 * MM;
    private static final float BOTTOM = 12 * MM;
    private static final float BODY_TOP = 98 * MM;

    // Larger than the usual 10-11 pt: many residents read with difficulty or without glasses.
    private static final float BODY_SIZE = 12;
    private static final float BODY_LEADING = 16;
    private static final float ADDRESS_SIZE = 11;
    private static final float CODE_SIZE = 22;
    private static final float QR_SIZE = 36 * MM;

    // Caps that keep one letter on one page whatever the round is called; the window has its own.
    private static final int MAX_WIJK = 60;
    private static final int MAX_TITLE = 120;
    private static final int MAX_NAME_LINES = 2;

    private LetterPdf() {
    }

    /**
     * Writes all letters to {@code out} and flushes it; the caller closes it.
     *
     * @throws IllegalArgumentException when there are no letters: a PDF without pages is not a PDF
     * @throws IOException when {@code out} fails, e.g. the browser went away during a download
     */
    public static void write(Iterable<Letter> letters, OutputStream out) throws IOException {
        Iterator<Letter> each = letters.iterator();
        if (!each.hasNext()) {
            throw new IllegalArgumentException("there are no letters to print");
        }
        try {
            pages(each, out);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's IOException in an unchecked one; give the caller the real one.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private static void pages(Iterator<Letter> each, OutputStream out) throws IOException {
        Fonts fonts = new Fonts();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setFullCompression();
        document.addTitle("Stemcodebrieven Wijkdeal");
        document.addCreator("Wijkdeal");
        document.open();
        boolean first = true;
        while (each.hasNext()) {
            Letter letter = each.next();
            if (!first) {
                document.newPage();
            }
            first = false;
            page(writer.getDirectContent(), letter, fonts);
        }
        document.close();
    }

    private static void page(PdfContentByte canvas, Letter letter, Fonts fonts) {
        letterhead(canvas, fonts);
        window(canvas, letter, fonts);
        float y = PAGE_HEIGHT - BODY_TOP;

        ColumnText top = column(canvas, y, RIGHT);
        top.addElement(paragraph(LetterText.heading(cap(letter.wijkName(), MAX_WIJK)), fonts.heading, 20, 4));
        top.addElement(paragraph(cap(letter.roundTitle(), MAX_TITLE), fonts.body(12), 15, 4));
        top.addElement(paragraph(LetterText.periodSentence(letter), fonts.bold(12), 15, 0));
        top.go();
        y = top.getYLine() - 6 * MM;

        y = codeBox(canvas, letter, fonts, y);

        ColumnText text = column(canvas, y - 6 * MM, RIGHT);
        text.addElement(titled("Wat is Wijkdeal? ", LetterText.whatNl(), fonts));
        text.addElement(titled("Zo stem je: ", LetterText.howNl(letter) + " " + LetterText.secretNl(), fonts));
        text.addElement(paragraph(LetterText.HELP_NL, fonts.bold(BODY_SIZE), BODY_LEADING, 14));
        text.addElement(titled("In English: ", LetterText.english(letter), fonts));
        text.addElement(paragraph(LetterText.HELP_EN, fonts.bold(BODY_SIZE), BODY_LEADING, 0));
        text.go();
    }

    private static void letterhead(PdfContentByte canvas, Fonts fonts) {
        canvas.beginText();
        canvas.setFontAndSize(fonts.helveticaBold, 22);
        canvas.showTextAligned(Element.ALIGN_LEFT, "Wijkdeal", LEFT, PAGE_HEIGHT - 25 * MM, 0);
        canvas.setFontAndSize(fonts.helvetica, 12);
        canvas.showTextAligned(Element.ALIGN_RIGHT, "Gemeente Groningen", RIGHT, PAGE_HEIGHT - 25 * MM, 0);
        canvas.endText();
    }

    /** Sender and address where the envelope's window shows them, wrapped and capped to fit it. */
    private static void window(PdfContentByte canvas, Letter letter, Fonts fonts) {
        float leading = ADDRESS_SIZE * 1.25f;
        int room = (int) ((WINDOW_HEIGHT - leading * 1.5f) / leading);
        List<String> lines = new ArrayList<>();
        // The name gets two lines at most, so that a very long one never pushes the street out.
        List<String> name = wrap(WinAnsi.printable(letter.name()), fonts.helvetica, ADDRESS_SIZE, WINDOW_WIDTH);
        if (name.size() > MAX_NAME_LINES) {
            name = new ArrayList<>(name.subList(0, MAX_NAME_LINES));
            name.set(MAX_NAME_LINES - 1, fit(name.get(MAX_NAME_LINES - 1) + "\u2026", fonts.helvetica, ADDRESS_SIZE, WINDOW_WIDTH));
        }
        lines.addAll(name);
        for (String line : letter.addressLines()) {
            if (line.isBlank()) {
                continue;
            }
            lines.addAll(wrap(WinAnsi.printable(line), fonts.helvetica, ADDRESS_SIZE, WINDOW_WIDTH));
        }
        if (lines.size() > room) {
            // Postcode and place (the last line) matter most to the post; drop from the middle.
            List<String> kept = new ArrayList<>(lines.subList(0, room - 1));
            kept.add(lines.get(lines.size() - 1));
            lines = kept;
        }
        float y = PAGE_HEIGHT - WINDOW_TOP - ADDRESS_SIZE;
        canvas.beginText();
        canvas.setFontAndSize(fonts.helvetica, ADDRESS_SIZE);
        canvas.showTextAligned(Element.ALIGN_LEFT, LetterText.SENDER, WINDOW_LEFT, y, 0);
        y -= leading * 1.5f;
        for (String line : lines) {
            canvas.showTextAligned(Element.ALIGN_LEFT, line, WINDOW_LEFT, y, 0);
            y -= leading;
        }
        canvas.endText();
    }

    /** The code, large, with the QR code beside it in a box. Returns the y under the box. */
    private static float codeBox(PdfContentByte canvas, Letter letter, Fonts fonts, float top) {
        BitMatrix matrix = QrCode.matrix(letter.link());
        // The box's border must stay outside the quiet zone a scanner needs.
        float quiet = Math.max(5 * MM, QrCode.QUIET_ZONE * QR_SIZE / matrix.getWidth());
        float height = QR_SIZE + 2 * quiet;
        float bottom = top - height;
        canvas.saveState();
        canvas.setLineWidth(1.2f);
        canvas.setGrayStroke(0.25f);
        canvas.rectangle(LEFT, bottom, RIGHT - LEFT, height);
        canvas.stroke();
        canvas.restoreState();

        float qrLeft = RIGHT - quiet - QR_SIZE;
        qr(canvas, matrix, qrLeft, bottom + quiet, QR_SIZE);

        ColumnText label = new ColumnText(canvas);
        label.setSimpleColumn(LEFT + 5 * MM, bottom + quiet, qrLeft - 5 * MM, top - quiet);
        label.addElement(paragraph("Jouw persoonlijke stemcode:", fonts.body(12), 15, 3));
        label.addElement(paragraph(WinAnsi.printable(letter.code()), fonts.code, CODE_SIZE * 1.3f, 6));
        label.addElement(paragraph("Your personal voting code", fonts.body(BODY_SIZE), BODY_LEADING, 0));
        label.go();
        return bottom;
    }

    /**
     * Draws the code as vector squares, one rectangle per run of dark modules in a row: crisp at
     * any printer resolution, and smaller than an image.
     */
    private static void qr(PdfContentByte canvas, BitMatrix matrix, float left, float bottom, float size) {
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setGrayFill(0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                // PDF's y axis points up, the matrix's rows go down.
                canvas.rectangle(left + start * module, bottom + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static ColumnText column(PdfContentByte canvas, float top, float right) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(LEFT, BOTTOM, right, top);
        return column;
    }

    private static Paragraph paragraph(String text, Font font, float leading, float after) {
        Paragraph paragraph = new Paragraph(leading, WinAnsi.printable(text), font);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static Paragraph titled(String title, String text, Fonts fonts) {
        Paragraph paragraph = new Paragraph(BODY_LEADING);
        paragraph.add(new Chunk(title, fonts.bold(BODY_SIZE)));
        paragraph.add(new Chunk(WinAnsi.printable(text), fonts.body(BODY_SIZE)));
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    private static String cap(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).strip() + "\u2026";
    }

    /** The text, shortened from the end until it fits, keeping its last character (an ellipsis). */
    private static String fit(String text, BaseFont font, float size, float width) {
        String fitted = text;
        while (fitted.length() > 1 && font.getWidthPoint(fitted, size) > width) {
            fitted = fitted.substring(0, fitted.length() - 2).strip() + fitted.charAt(fitted.length() - 1);
        }
        return fitted;
    }

    /** Breaks at spaces; a word wider than the line (a long double surname) is cut where it must. */
    static List<String> wrap(String text, BaseFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getWidthPoint(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.getWidthPoint(rest, size) > width) {
                int fits = rest.length() - 1;
                while (fits > 1 && font.getWidthPoint(rest.substring(0, fits), size) > width) {
                    fits--;
                }
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The built-in fonts, made once per file. */
    private static final class Fonts {
        final BaseFont helvetica;
        final BaseFont helveticaBold;
        final Font heading;
        final Font code;

        Fonts() throws IOException {
            helvetica = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            helveticaBold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            heading = new Font(helveticaBold, 16);
            code = new Font(BaseFont.createFont(BaseFont.COURIER_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), CODE_SIZE);
        }

        Font body(float size) {
            return new Font(helvetica, size);
        }

        Font bold(float size) {
            return new Font(helveticaBold, size);
        }
    }
}
