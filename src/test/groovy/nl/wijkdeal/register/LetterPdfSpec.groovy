package nl.wijkdeal.register

import com.lowagie.text.pdf.PdfReader
import com.lowagie.text.pdf.parser.PdfTextExtractor
import org.apache.pdfbox.Loader
import org.apache.pdfbox.rendering.ImageType
import org.apache.pdfbox.rendering.PDFRenderer
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

import static nl.wijkdeal.register.TestLetters.letter

class LetterPdfSpec extends Specification {

    static final List<Letter> THREE = [
            letter(name: 'J. de Vries', code: 'ABCD-EFGH-JKMN-P'),
            letter(name: 'A. Çelik', addressLines: ['Helperzoom 12 b', '9722 BC Groningen'], code: 'QRST-UVWX-YZ23-4'),
            letter(name: 'K. Øvergaard', wijkName: 'Helpman', addressLines: ['Verlengde Hereweg 200'], code: 'MNPQ-RSTU-VWXY-Z'),
    ]

    def "three letters make three pages, each with its own name, wijk, code, period and help"() {
        when:
        def reader = new PdfReader(pdf(THREE))

        then:
        reader.numberOfPages == 3
        (1..3).each { page ->
            def letter = THREE[page - 1]
            def text = text(reader, page)
            assert text.contains(letter.name())
            assert text.contains(letter.addressLines()[0])
            assert text.contains('Gemeente Groningen - Wijkdeal')
            assert text.contains("Stem mee in Wijkdeal ${letter.wijkName()}")
            assert text.contains(letter.code())
            assert text.contains('Je kunt stemmen van 2 maart 2027 tot en met 15 maart 2027.')
            assert text.contains('You can vote from 2 March 2027 up to and including 15 March 2027.')
            assert text.contains('Hulp nodig? Ga naar een WIJ-locatie bij jou in de buurt of bel 14 050.')
            assert text.contains('Need help? Go to a WIJ location near you or call 14 050.')
            assert text.contains('wijkdeal.groningen.nl/rondes/12/stemmen')
            THREE.findAll { it != letter }.each { other -> assert !text.contains(other.code()) }
        }
    }

    def "the QR code holds the voting link with the code in the fragment, never in the query"() {
        given:
        def letter = letter(code: 'ABCD-EFGH-JKMN-P')

        expect:
        TestLetters.scan(TestLetters.image(QrCode.matrix(letter.link()))) ==
                'https://wijkdeal.groningen.nl/rondes/12/stemmen#code=ABCD-EFGH-JKMN-P'
        !new URI(letter.link()).query
    }

    def "the printed QR code scans from the page, and is at least 30 mm wide"() {
        given: 'the first page rendered at 150 dpi, as a phone camera would see a good print'
        def document = Loader.loadPDF(pdf(THREE))
        def image = new PDFRenderer(document).renderImageWithDPI(1, 150, ImageType.GRAY)
        document.close()

        expect:
        TestLetters.scan(image) == THREE[1].link()

        and: 'it is at least 30 mm wide'
        qrWidthMm(image, 150, QrCode.matrix(THREE[1].link()).width) >= 30
    }

    def "names outside WinAnsi print with their base letters instead of crashing"() {
        given:
        def letters = [letter(name: 'Nguyễn Thị Łucja Őrs 李 Ševčík', addressLines: ['Straße\t1', '', '9711 AB Groningen'])]

        when:
        def text = text(new PdfReader(pdf(letters)), 1)

        then:
        text.contains('Nguyen Thi Lucja Ors ? Ševcík')
        text.contains('Straße 1')
    }

    def "long names, address lines, wijk names and titles stay on one page inside the window"() {
        given:
        def longName = 'Mr. Maximiliaan Alexander Frederik van den Boogaard-Hoogeveen tot Westerwolde ' * 3
        def letters = [letter(
                name: longName,
                addressLines: ['Laan van de Vrijheidsstrijders en Verzetshelden uit de Tweede Wereldoorlog 1234 bis zwart',
                               'Eenwoordzonderspatiesdienooitophoudtenveelbreederisdanhetvenster',
                               '9722 AA Groningen'],
                wijkName: 'Wijk ' * 40,
                roundTitle: 'Een heel lange titel ' * 20)] * 2

        when:
        def reader = new PdfReader(pdf(letters))
        def text = text(reader, 1)

        then:
        reader.numberOfPages == 2
        text.contains('Laan van de Vrijheidsstrijders')
        text.contains('9722 AA Groningen')
        text.contains('ABCD-EFGH-JKMN-P')
        text.contains('Need help? Go to a WIJ location near you or call 14 050.')

        and: 'every window line fits the window, 80 mm'
        def font = com.lowagie.text.pdf.BaseFont.createFont('Helvetica', 'Cp1252', false)
        float window = 80 * 72 / 25.4f
        def widths = LetterPdf.wrap(longName, font, 11f, window).collect { font.getWidthPoint(it as String, 11f) }
        widths.size() > 1
        widths.every { it <= window }
    }

    def "no letters is an error rather than an empty file"() {
        when:
        LetterPdf.write([], new ByteArrayOutputStream())

        then:
        thrown(IllegalArgumentException)
    }

    def "two thousand letters stream to a file"() {
        given: 'letters made one at a time as the PDF asks for them, as from a database cursor'
        int count = 2000
        Iterable<Letter> letters = {
            int made = 0
            [hasNext: { made < count },
             next   : { made++; letter(name: "Bewoner ${made}", code: String.format('ABCD-EFGH-%04d-X', made)) }] as Iterator<Letter>
        } as Iterable<Letter>
        def file = Files.createTempFile('brieven', '.pdf')

        when:
        long start = System.nanoTime()
        file.toFile().withOutputStream { LetterPdf.write(letters, it) }
        long millis = (System.nanoTime() - start).intdiv(1_000_000)
        println "2000 letters: ${millis} ms, ${Files.size(file).intdiv(1024)} kB, ${Files.size(file).intdiv(count)} bytes a letter"

        then:
        new PdfReader(file.toString()).numberOfPages == count

        cleanup:
        Files.deleteIfExists(file)
    }

    /**
     * The demo letter (a demo resident of Helpman 2026 with their README code), written to
     * target/demo-brief.pdf; `-Dwijkdeal.demoBrief=$PWD/docs/demo-brief.pdf` renews the one in docs/.
     */
    def "the demo letter is one page"() {
        given:
        def demo = new Letter('J. de Vries', ['Helperzoom 12', '9722 AB Groningen'], 'Helpman e.o.',
                LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 15), 'Wijkdeal Helpman 2026',
                'DEM0-HE1P-MAN1-9', 'https://wijkdeal.example/rondes/4/stemmen')
        def path = Path.of(System.getProperty('wijkdeal.demoBrief', 'target/demo-brief.pdf'))

        when:
        path.toFile().withOutputStream { LetterPdf.write([demo], it) }

        then:
        new PdfReader(path.toString()).numberOfPages == 1
    }

    static byte[] pdf(List<Letter> letters) {
        def out = new ByteArrayOutputStream()
        LetterPdf.write(letters, out)
        out.toByteArray()
    }

    /** The page's text with runs of white space made one space: line breaks depend on layout. */
    static String text(PdfReader reader, int page) {
        new PdfTextExtractor(reader).getTextFromPage(page).replaceAll(/\s+/, ' ')
    }

    /**
     * The printed width of the QR code, from where the scanner found its finder patterns: their
     * centres are (modules - 7) modules apart.
     */
    static double qrWidthMm(java.awt.image.BufferedImage image, int dpi, int modules) {
        def points = TestLetters.read(image).resultPoints
        // ZXing gives bottom-left, top-left, top-right.
        double across = Math.hypot(points[2].x - points[1].x, points[2].y - points[1].y)
        across * modules / (modules - 7) / (dpi / 25.4)
    }
}
