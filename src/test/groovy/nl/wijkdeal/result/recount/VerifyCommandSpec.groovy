package nl.wijkdeal.result.recount

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path

/** The verify command end to end on a bundle written here, then changed the way a forger would. */
class VerifyCommandSpec extends Specification {

    @TempDir
    Path dir

    Map run(String... args) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        int exit = VerifyCommand.run(args, new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
        [exit: exit, out: out.toString('UTF-8'), err: err.toString('UTF-8'), lines: out.toString('UTF-8').readLines()]
    }

    String write(byte[] zip) {
        def file = dir.resolve('wijkdeal-7-uitslag.zip')
        Files.write(file, zip)
        file.toString()
    }

    String changed(Closure change) {
        def entries = new TreeMap<String, byte[]>(Results.entries())
        change(entries)
        write(Results.zip(entries))
    }

    static String text(byte[] b) {
        new String(b, StandardCharsets.UTF_8)
    }

    static String sha(byte[] b) {
        Sha256.hex(Sha256.of(b))
    }

    def "a bundle as written passes, with and without --key, and the outcome per wijk is printed"() {
        given:
        def bundle = write(Results.bundle())

        when:
        def result = run(bundle, '--key', Results.KEY.publicKeyBase64())

        then:
        result.exit == 0
        result.err == ''
        result.lines[0] == "Controle van $bundle"
        result.lines.contains('OK    manifest.json gelezen: ronde 7 "Wijkdeal 2025", gebied CENTRUM, 2 wijk(en), 8 bestanden')
        result.lines.contains("OK    handtekening klopt, met de sleutel die u gaf: ${Results.KEY.fingerprint()}".toString())
        result.lines.contains('OK    8 bestanden: alle aanwezig, geen extra, SHA-256 en grootte kloppen')
        result.lines.contains('OK    wijk NOORD: NOORD/ontvangstbewijzen.txt: 12 ontvangstbewijzen, gesorteerd en uniek, wortel klopt')
        result.lines.contains('OK    wijk NOORD: NOORD/stemmen.pb: 12 stemmen, wortel klopt')
        result.lines.contains('OK    wijk NOORD: opnieuw geteld (greedy): dezelfde berekende keuze 2, 1')
        result.lines.contains('OK    wijk NOORD: opnieuw geteld zonder 1: dezelfde vastgestelde keuze 2, 3, 4')
        result.out.contains('''      uitslag wijk NOORD (Noord), 12 stemmen. Vastgesteld:
      2  Bankjes "aan" de vijver
      3  Bomen; meer groen
      4  =HYPERLINK("http://x")
    (berekend was: 2, 1)''')
        result.lines.contains('OK    wijk ZUID: ZUID/ontvangstbewijzen.txt: 3 ontvangstbewijzen, gesorteerd en uniek, wortel klopt')
        result.lines.contains('      wijk ZUID: de stemmen zijn niet gepubliceerd (minder dan 10 stemmen); opnieuw tellen kan hier niet, de wortel is wel ondertekend')
        result.lines.last() == 'Alles klopt.'
        !result.lines.any { it.startsWith('FOUT') }

        when:
        def withoutKey = run(bundle)

        then:
        withoutKey.exit == 0
        withoutKey.lines.contains("OK    handtekening klopt, met de sleutel in het manifest: ${Results.KEY.fingerprint()}. Vergelijk die met de sleutel van de gemeente, of geef --key".toString())
    }

    def "an unpacked folder is checked the same way"() {
        given:
        Results.entries().each { path, content ->
            def file = dir.resolve('uitgepakt').resolve(path)
            Files.createDirectories(file.parent)
            Files.write(file, content)
        }

        when:
        def result = run(dir.resolve('uitgepakt').toString())

        then:
        result.exit == 0
        result.lines.last() == 'Alles klopt.'
    }

    def "one changed ballot in stemmen.pb: the file's hash and the ballots root differ, and the recount"() {
        given:
        def original = Results.entries()
        def manifest = BundleManifest.fromJson(original['manifest.json'])
        byte[] forged = text(original['NOORD/stemmen.pb']).replace('\n3;1\n', '\n3;3\n').getBytes(StandardCharsets.UTF_8)
        def forgedRoot = BallotLeaves.ballotsRoot(nl.wijkdeal.tally.pabulib.PabulibReader.parse(text(forged)))
        def bundle = changed { it['NOORD/stemmen.pb'] = forged }

        when:
        def result = run(bundle)

        then:
        forged != original['NOORD/stemmen.pb']
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } == [
                "FOUT  NOORD/stemmen.pb: SHA-256 verwacht ${sha(original['NOORD/stemmen.pb'])}, gevonden ${sha(forged)}",
                "FOUT  wijk NOORD: NOORD/stemmen.pb: wortel van de stemmen verwacht ${manifest.wijken()[0].roots().ballots()} (manifest.json), gevonden $forgedRoot",
                'FOUT  wijk NOORD: opnieuw geteld (greedy): berekende keuze verwacht 2, 1 (manifest.json), gevonden 2, 3, 4',
                'FOUT  wijk NOORD: NOORD/uitslag.json noemt als berekende keuze 2, 1, opnieuw tellen geeft 2, 3, 4',
        ]*.toString()
        result.lines.last() == '4 verschillen gevonden.'
    }

    def "a missing file is named"() {
        when:
        def result = run(changed { it.remove('NOORD/uitslag.csv') })

        then:
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } == ['FOUT  NOORD/uitslag.csv: ontbreekt (staat in manifest.json)']
        result.lines.last() == '1 verschil gevonden.'
    }

    def "an extra file is named"() {
        when:
        def result = run(changed { it['NOORD/extra.txt'] = 'hallo'.bytes })

        then:
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } == ['FOUT  NOORD/extra.txt: extra bestand, staat niet in manifest.json']
    }

    def "a signature by another key, or none, does not pass"() {
        when:
        def result = run(changed { it['manifest.sig'] = Base64.encoder.encode(Results.OTHER_KEY.sign(it['manifest.json'])) })

        then:
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } ==
                ["FOUT  handtekening klopt niet: manifest.sig hoort niet bij deze manifest.json en sleutel ${Results.KEY.fingerprint()}".toString()]

        when:
        result = run(changed { it.remove('manifest.sig') })

        then:
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } == ['FOUT  manifest.sig ontbreekt: de bundel is niet ondertekend']
    }

    def "--key that is not the manifest's key is a difference, even when the bundle is signed well by its own key"() {
        when:
        def result = run(write(Results.bundle(Results.OTHER_KEY)), '--key', Results.KEY.publicKeyBase64())

        then:
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } == [
                "FOUT  sleutel: het manifest is getekend met ${Results.OTHER_KEY.fingerprint()} (${Results.OTHER_KEY.publicKeyBase64()}), verwacht --key ${Results.KEY.fingerprint()} (${Results.KEY.publicKeyBase64()})".toString()]
    }

    def "a changed selection in uitslag.json is caught by its hash, the manifest and the recount"() {
        given:
        def original = Results.entries()
        def json = text(original['NOORD/uitslag.json'])
        byte[] forged = json.replace('"selected": ["2", "1"]', '"selected": ["1", "2"]').getBytes(StandardCharsets.UTF_8)

        when:
        def result = run(changed { it['NOORD/uitslag.json'] = forged })

        then:
        forged != original['NOORD/uitslag.json']
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } == [
                "FOUT  NOORD/uitslag.json: SHA-256 verwacht ${sha(original['NOORD/uitslag.json'])}, gevonden ${sha(forged)}".toString(),
                'FOUT  wijk NOORD: NOORD/uitslag.json: computed.selected verwacht 2, 1 (manifest.json), gevonden 1, 2',
                'FOUT  wijk NOORD: NOORD/uitslag.json noemt als berekende keuze 1, 2, opnieuw tellen geeft 2, 1']
    }

    def "a forger who rewrites the selection everywhere and signs again is caught by the recount"() {
        given:
        def entries = new TreeMap<String, byte[]>(Results.entries())
        def manifest = BundleManifest.fromJson(entries['manifest.json'])
        def wijken = [new BundleManifest.Wijk('NOORD', 'Noord', 12, true, Results.GREEDY, ['1', '2'], ['2', '3', '4'],
                manifest.wijken()[0].roots()), manifest.wijken()[1]]
        byte[] json = new BundleManifest(7, 'Wijkdeal 2025', 'CENTRUM', manifest.engineVersion(),
                Results.KEY.publicKeyBase64(), wijken, manifest.files()).toJson()
        // The forger has the key here: the strongest case. Only the ballots themselves can show the lie.
        entries['manifest.json'] = json
        entries['manifest.sig'] = Base64.encoder.encode(Results.KEY.sign(json))

        when:
        def result = run(write(Results.zip(entries)), '--key', Results.KEY.publicKeyBase64())

        then:
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } == [
                'FOUT  wijk NOORD: NOORD/uitslag.json: computed.selected verwacht 1, 2 (manifest.json), gevonden 2, 1',
                'FOUT  wijk NOORD: opnieuw geteld (greedy): berekende keuze verwacht 1, 2 (manifest.json), gevonden 2, 1']
    }

    def "a wrong adopted selection is caught by the rerun without the deviations"() {
        given:
        def entries = new TreeMap<String, byte[]>(Results.entries())
        def manifest = BundleManifest.fromJson(entries['manifest.json'])
        def noord = manifest.wijken()[0]
        def wijken = [new BundleManifest.Wijk('NOORD', 'Noord', 12, true, Results.GREEDY, ['2', '1'], ['2', '3'],
                noord.roots()), manifest.wijken()[1]]
        byte[] json = new BundleManifest(7, 'Wijkdeal 2025', 'CENTRUM', manifest.engineVersion(),
                Results.KEY.publicKeyBase64(), wijken, manifest.files()).toJson()
        entries['manifest.json'] = json
        entries['manifest.sig'] = Base64.encoder.encode(Results.KEY.sign(json))

        when:
        def result = run(write(Results.zip(entries)))

        then:
        result.exit == 1
        result.lines.findAll { it.startsWith('FOUT') } == [
                'FOUT  wijk NOORD: NOORD/uitslag.json: adopted.selected verwacht 2, 3 (manifest.json), gevonden 2, 3, 4',
                'FOUT  wijk NOORD: opnieuw geteld zonder 1: vastgestelde keuze verwacht 2, 3 (manifest.json), gevonden 2, 3, 4']
    }

    def "not a zip, no manifest or an unreadable manifest: exit 2 and a line on stderr"() {
        when:
        def notZip = dir.resolve('uitslag.zip')
        Files.writeString(notZip, 'dit is geen zip')
        def result = run(notZip.toString())

        then:
        result.exit == 2
        result.out == ''
        result.err == "verify: $notZip is geen zip-bestand en geen map\n".toString()

        when:
        result = run(changed { it.remove('manifest.json') })

        then:
        result.exit == 2
        result.out == ''
        result.err == 'verify: manifest.json ontbreekt: dit is geen uitslag-bundel van wijkdeal\n'

        when:
        result = run(changed { it['manifest.json'] = '{"format": "wijkdeal-bundel/1"'.bytes })

        then:
        result.exit == 2
        result.err == 'verify: manifest.json: geen geldige JSON (regel 1): hier hoort \'}\'\n'

        when:
        result = run(dir.resolve('bestaat-niet.zip').toString())

        then:
        result.exit == 2
        result.err == "verify: bestand of map niet gevonden: ${dir.resolve('bestaat-niet.zip')}\n".toString()
    }

    def "usage: help, no bundle, a bad key, an unknown option"() {
        expect:
        run('--help').exit == 0
        run('--help').out.startsWith('Gebruik: verify BUNDEL [--key SLEUTEL]')

        when:
        def result = run(args as String[])

        then:
        result.exit == 2
        result.out == ''
        result.err == "verify: $message\nZie: verify --help\n".toString()

        where:
        args                                       | message
        []                                         | 'geef de bundel (zip-bestand of map)'
        ['b.zip', '--key']                         | '--key mist een waarde'
        ['b.zip', '--key', 'AAAA']                 | '--key moet een Ed25519-sleutel van 32 bytes zijn, niet 3'
        ['b.zip', '--key', 'niet*base64']          | "--key 'niet*base64' is geen base64"
        ['b.zip', '--snel']                        | 'onbekende optie --snel'
        ['a.zip', 'b.zip']                         | "geef één bundel, niet 'a.zip' én 'b.zip'"
    }

    def "verify is a command of the jar and in its help"() {
        expect:
        nl.wijkdeal.Commands.handles('verify')
    }
}
