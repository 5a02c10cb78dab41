package nl.wijkdeal.register

import com.lowagie.text.pdf.PdfReader
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.util.zip.ZipInputStream

import static nl.wijkdeal.register.TestLetters.letter

class LetterBundleSpec extends Specification {

    def "the zip holds exactly the letters as PDF and the mailing house's file"() {
        given:
        def letters = [letter(), letter(name: 'A. Çelik', code: 'QRST-UVWX-YZ23-4')]
        def out = new ByteArrayOutputStream()

        when:
        LetterBundle.write(letters, out)
        def entries = [:]
        new ZipInputStream(new ByteArrayInputStream(out.toByteArray())).withCloseable { zip ->
            def entry
            while ((entry = zip.nextEntry) != null) {
                entries[entry.name] = zip.readAllBytes()
            }
        }

        then:
        entries.keySet() as List == ['brieven.pdf', 'drukkerij.csv']
        new PdfReader(entries['brieven.pdf']).numberOfPages == 2
        new String(entries['drukkerij.csv'], StandardCharsets.UTF_8).readLines().size() == 3
        new String(entries['drukkerij.csv'], StandardCharsets.UTF_8).contains('A. Çelik')
    }

    def "it leaves the caller's stream open"() {
        given:
        boolean closed = false
        def out = new ByteArrayOutputStream() {
            @Override
            void close() { closed = true }
        }

        when:
        LetterBundle.write([letter()], out)

        then:
        !closed
    }
}
