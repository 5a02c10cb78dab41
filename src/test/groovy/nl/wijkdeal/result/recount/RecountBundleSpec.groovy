package nl.wijkdeal.result.recount

import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.util.zip.ZipInputStream

class RecountBundleSpec extends Specification {

    def "the same data gives the same bytes"() {
        expect:
        Results.bundle() == Results.bundle()
        Results.bundle() != Results.bundle(Results.OTHER_KEY)
    }

    def "entries are sorted by path, with one fixed time, and the signature is over manifest.json"() {
        given:
        def names = []
        def times = [] as Set

        when:
        new ZipInputStream(new ByteArrayInputStream(Results.bundle())).withCloseable { zip ->
            for (def e = zip.nextEntry; e != null; e = zip.nextEntry) {
                names << e.name
                times << e.timeLocal
            }
        }
        def entries = Results.entries()
        def signature = Base64.decoder.decode(new String(entries['manifest.sig'], StandardCharsets.US_ASCII).strip())

        then:
        names == names.toSorted()
        names == ['LEESMIJ.txt', 'NOORD/ontvangstbewijzen.txt', 'NOORD/stemmen.pb', 'NOORD/uitslag.csv', 'NOORD/uitslag.json',
                  'ZUID/ontvangstbewijzen.txt', 'ZUID/uitslag.csv', 'ZUID/uitslag.json', 'manifest.json', 'manifest.sig']
        times == [java.time.LocalDateTime.of(1980, 1, 1, 0, 0)] as Set
        Ed25519.verify(Results.KEY.publicKey(), entries['manifest.json'], signature)
    }

    def "LEESMIJ.txt says in Dutch and English how to check, with the file name and the key"() {
        when:
        def text = new String(Results.entries()['LEESMIJ.txt'], StandardCharsets.UTF_8)

        then:
        text.contains('java -jar wijkdeal.jar verify wijkdeal-7-uitslag.zip --key ' + Results.KEY.publicKeyBase64())
        text.contains('Zelf controleren')
        text.contains('To check it yourself')
        text.contains(Results.KEY.fingerprint())
    }

    def "a wijk of another round is refused"() {
        when:
        RecountBundle.write(8, 'Andere ronde', 'CENTRUM', Results.wijken(), Results.KEY)

        then:
        def e = thrown(IllegalArgumentException)
        e.message == 'wijk NOORD hoort bij ronde 7 in gebied CENTRUM, niet bij ronde 8 in CENTRUM'
    }

    def "writing to a stream gives the same bytes and leaves the stream open"() {
        given:
        def out = new ByteArrayOutputStream() {
            boolean closed
            @Override
            void close() { closed = true }
        }

        when:
        RecountBundle.write(7, 'Wijkdeal 2025', 'CENTRUM', Results.wijken(), Results.KEY, out)

        then:
        out.toByteArray() == Results.bundle()
        !out.closed
    }
}
