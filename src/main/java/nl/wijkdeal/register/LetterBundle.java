package nl.wijkdeal.register;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The letters as one download for the gebiedsteam: {@code brieven.pdf} to print in the office and
 * {@code drukkerij.csv} for a mailing house, made from the same letters in the same order. Both
 * hold plain stemcodes: the file is as sensitive as the letters themselves.
 */
public final class LetterBundle {

    static final String PDF = "brieven.pdf";
    static final String CSV = "drukkerij.csv";

    private LetterBundle() {
    }

    /**
     * Writes the zip to {@code out} and finishes it; the caller closes {@code out}. The letters are
     * read twice, once per file, so a lazy {@code Iterable} must give the same letters each time.
     */
    public static void write(Iterable<Letter> letters, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                // The zip goes on after this entry.
                flush();
            }
        };

        zip.putNextEntry(new ZipEntry(PDF));
        LetterPdf.write(letters, entry);
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry(CSV));
        Writer csv = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
        MailingHouseCsv.write(letters, csv);
        csv.flush();
        zip.closeEntry();

        zip.finish();
        out.flush();
    }
}
