package nl.wijkdeal.register

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.WebSession
import org.apache.commons.csv.CSVFormat
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise

import java.nio.charset.StandardCharsets
import java.util.zip.ZipInputStream

/**
 * The register through the browser's eyes: the gebiedsteam imports a file and follows its progress,
 * prints the letters, residents check in with a code or an address, the counter looks residents up
 * and replaces a lost code. Stepwise: one round goes through it all.
 */
@Stepwise
@MicronautTest(transactional = false)
class RegisterFlowSpec extends Specification {

    static final String FILE = '''\
Postcode;Huisnummer;Huisletter;Toevoeging;Geboortedatum;Naam;Adresregel1;Adresregel2
9722 ab;12;;;01-04-1980;J. de Vries;Helperzoom 12;9722 AB Groningen
9720AC;3;B;;1990-02-03;A. Bakker;Zonnelaan 3B;9720 AC Groningen

9722AD;7;;2;19700101;K. Çelik;Parkweg 7-2;9722 AD Groningen
9711AA;1;;;1980-01-01;Buiten DeRonde;Centrumstraat 1;9711 AA Groningen
9722AE;5;;;2020-05-05;Te Jong;Helperzoom 5;9722 AE Groningen
9722AB;12;;;1980-04-01;J. de Vries;Helperzoom 12;9722 AB Groningen
97123;1;;;1980-01-01;Fout Postcode;Ergens 1;Groningen
9722AF;9;;;2001-02-30;Fout Datum;Ergens 9;Groningen
'''

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql

    @Shared long round
    @Shared WebSession zuid
    @Shared Map<String, String> codes = [:]

    def "the gebiedsteam imports the register and sees its progress and report"() {
        given:
        round = new TestRounds(context, http).create(Phase.IDEAS, [name: 'Registerronde', route: ['stemcode', 'address', 'counter']])
        zuid = new WebSession(http.toBlocking())
        zuid.logIn('zuid@wijkdeal.example', 'demo-zuid-2026')
        zuid.get("/beheer/rondes/$round/register")

        when:
        def started = zuid.postMultipart("/beheer/rondes/$round/register/inlezen", [:],
                [bestand: [filename: 'register.csv', type: 'text/csv', bytes: FILE.getBytes(StandardCharsets.UTF_8)]])

        then:
        started.status == 303
        started.location ==~ "/beheer/rondes/$round/register/inlezen/\\d+"

        when:
        def progress = waitFor(started.location)

        then:
        progress.body.contains('Het kiesregister is bijgewerkt')
        progress.body.contains('In het kiesregister: 3 bewoners')
        progress.body.contains('adres ligt niet in een wijk van deze wijkdeal')
        progress.body.contains('te jong op de eerste stemdag')
        progress.body.contains('dubbel')
        progress.body.contains('Regel 10')   // the impossible date, counted from the header, empty line included
        !progress.body.contains('de Vries')  // the report never repeats a row
    }

    def "a file with a BSN column is refused beside the field and nothing is imported"() {
        when:
        def refused = zuid.postMultipart("/beheer/rondes/$round/register/inlezen", [:],
                [bestand: [filename: 'brp.csv', type: 'text/csv', bytes: 'bsn;postcode;huisnummer;geboortedatum\n123456782;9722AB;1;1980-01-01\n'.bytes]])

        then:
        refused.status == 400
        refused.body.contains('Deze kolommen kent Wijkdeal niet: bsn')
        refused.body.contains('aria-invalid="true"')
    }

    def "the letters come as a zip of a PDF and a mailing-house CSV, and nothing of them stays on the server"() {
        given:
        zuid.get("/beheer/rondes/$round/register")
        def tmpBefore = tempZips()

        when:
        def download = letters('zonder-code')

        then:
        download.status == 200
        download.headers['Cache-Control'] == 'no-store'
        def files = unzip(download.bytes)
        files.keySet() == ['brieven.pdf', 'drukkerij.csv'] as Set
        new String(files['brieven.pdf'], 0, 4) == '%PDF'
        def rows = CSVFormat.DEFAULT.builder().setDelimiter(';' as char).setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(files['drukkerij.csv'], StandardCharsets.UTF_8).substring(1))).records
        rows.size() == 3
        rows.each { codes[it.get('naam')] = it.get('stemcode') }
        codes.values().every { it ==~ /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/ }
        tempZips() == tmpBefore

        and: 'the database holds one live code per resident, as a hash'
        sql.one("SELECT count(*) FROM stemcode WHERE round_id = ? AND revoked_on IS NULL AND length(code_hash) = 32",
                { it.getInt(1) }, round).get() == 3

        when: 'asked again for residents without a code: there are none'
        def again = letters('zonder-code')

        then:
        again.status == 400
        again.body.contains('Er zijn geen brieven te maken')
    }

    def "before voting the vote page says when voting opens"() {
        when:
        def page = new WebSession(http.toBlocking()).get("/rondes/$round/stemmen")

        then:
        page.status == 200
        page.body.contains('Stemmen kan nog niet')
        !page.body.contains('name="code"')
    }

    def "in the voting phase a resident checks in with the code from the letter, typed carelessly"() {
        given:
        new TestRounds(context, http).move(round, Phase.VOTING)
        def resident = new WebSession(http.toBlocking())
        def page = resident.get("/rondes/$round/stemmen")
        String careless = codes['J. de Vries'].toLowerCase().replace('-', ' ').replace('0', 'o').replace('1', 'l')

        expect:
        page.status == 200
        page.body.contains('name="code"')
        page.body.contains('<html lang="nl">')

        when:
        def answer = resident.post("/rondes/$round/stemmen/code", [code: careless])

        then:
        answer.status == 303
        answer.location == "/rondes/$round/stemmen/stembiljet"
        !answer.location.toLowerCase().contains(codes['J. de Vries'].toLowerCase().substring(0, 4))

        when:
        def ballot = resident.get(answer.location)

        then:
        ballot.status == 200
        ballot.body.contains('Je stemt voor de wijk Helpman e.o.')

        when: 'they stop: the pass ends, the vote is still theirs'
        def stopped = resident.post("/rondes/$round/stemmen/stoppen", [:])

        then:
        stopped.status == 303
        resident.get("/rondes/$round/stemmen/stembiljet").status == 303
    }

    def "a typo, a code of another round and an empty field get their own message, and the code stays in the field"() {
        given:
        def resident = new WebSession(http.toBlocking())
        resident.get("/rondes/$round/stemmen")
        String code = codes['A. Bakker']
        String typo = code.substring(0, code.length() - 1) + (code[-1] == 'A' ? 'B' : 'A')

        when:
        def wrong = resident.post("/rondes/$round/stemmen/code", [code: typo])

        then:
        wrong.status == 400
        wrong.body.contains('Controleer de code, er zit een typfout in.')
        wrong.body.contains("value=\"$typo\"")

        when:
        def empty = resident.post("/rondes/$round/stemmen/code", [code: ''])

        then:
        empty.status == 400
        empty.body.contains('Vul je stemcode in.')

        when: 'a demo code of Helpman 2026, typed on this round'
        def other = resident.post("/rondes/$round/stemmen/code", [code: 'DEMO-HELP-MAN2-7'])

        then:
        other.status == 400
        other.body.contains('Deze code hoort bij een andere wijkdeal')
    }

    def "a resident without a letter checks in with address and date of birth"() {
        given:
        def resident = new WebSession(http.toBlocking())
        resident.get("/rondes/$round/stemmen")

        when:
        def wrong = resident.post("/rondes/$round/stemmen/adres", [postcode: '97123', huisnummer: '', dag: '30', maand: '2', jaar: '2001'])

        then:
        wrong.status == 400
        wrong.body.contains('Vul een postcode in zoals 9722 AB')
        wrong.body.contains('Vul je huisnummer in.')
        wrong.body.contains('Vul je geboortedatum in met cijfers')
        wrong.body.contains('value="97123"')

        when:
        def young = resident.post("/rondes/$round/stemmen/adres", [postcode: '9722AE', huisnummer: '5', dag: '5', maand: '5', jaar: '2020'])

        then:
        young.status == 400
        young.body.contains('Je bent nog te jong')

        when:
        def right = resident.post("/rondes/$round/stemmen/adres", [postcode: '9722 ad', huisnummer: '7-2', dag: '1', maand: '1', jaar: '1970'])

        then:
        right.status == 303
        resident.get(right.location).body.contains('Je stemt voor de wijk Helpman e.o.')
    }

    def "at the counter staff look a resident up, let them vote on the device, and replace a lost code"() {
        given:
        def desk = new WebSession(http.toBlocking())
        desk.logIn('zuid@wijkdeal.example', 'demo-zuid-2026')
        desk.get("/beheer/rondes/$round/balie")
        def address = [route: 'adres', postcode: '9720AC', huisnummer: '3b', dag: '3', maand: '2', jaar: '1990']

        when:
        def found = desk.post("/beheer/rondes/$round/balie/zoeken", address)

        then:
        found.status == 200
        found.body.contains('Deze bewoner mag stemmen.')
        found.body.contains('Wijk: Zuidoost.')

        when:
        def pdf = desk.postBytes("/beheer/rondes/$round/balie/nieuwe-code", address + [naam: 'A. Bakker', adres1: 'Zonnelaan 3B', adres2: '9720 AC Groningen'])

        then:
        pdf.status == 200
        new String(pdf.bytes, 0, 4) == '%PDF'

        when: 'the old code stops at once'
        def resident = new WebSession(http.toBlocking())
        resident.get("/rondes/$round/stemmen")
        def old = resident.post("/rondes/$round/stemmen/code", [code: codes['A. Bakker']])

        then:
        old.status == 400
        old.body.contains('Deze code werkt niet meer')

        when:
        def pass = desk.post("/beheer/rondes/$round/balie/stemmen", address)

        then:
        pass.status == 303
        pass.location == "/rondes/$round/stemmen/stembiljet"
        desk.get(pass.location).body.contains('Stoppen en het apparaat teruggeven')

        and: 'the audit log has the counter and the wijk, not the resident'
        def details = sql.list("SELECT details::text FROM audit_entry WHERE action LIKE 'counter.%' AND subject = ?",
                { it.getString(1) }, "round:$round" as String)
        details.size() == 2
        details.every { it.contains('WK001405') && !it.contains('9720') && !it.contains('1990') }
    }

    def "guessing is stopped: after five misses a minute the next check waits, even with a right code"() {
        given: 'a browser of its own (the IP address, shared with the other features here, allows more)'
        def guesser = new WebSession(http.toBlocking())
        guesser.get("/rondes/$round/stemmen")

        when:
        def answers = (1..5).collect { guesser.post("/rondes/$round/stemmen/code", [code: Stemcode.random().grouped()]) }
        def sixth = guesser.post("/rondes/$round/stemmen/code", [code: codes['K. Çelik']])

        then:
        answers.every { it.status == 400 && it.body.contains('We kennen deze code niet') }
        sixth.status == 429
        sixth.body =~ /Probeer het om \d\d:\d\d uur opnieuw/

        when: 'another browser on the same address is not held up'
        def neighbour = new WebSession(http.toBlocking())
        neighbour.get("/rondes/$round/stemmen")

        then:
        neighbour.post("/rondes/$round/stemmen/code", [code: codes['K. Çelik']]).status == 303
    }

    private Map letters(String who) {
        zuid.postBytes("/beheer/rondes/$round/register/brieven", [wie: who, wijk: ''],
                [brievenbestand: [filename: 'register.csv', type: 'text/csv', bytes: FILE.getBytes(StandardCharsets.UTF_8)]])
    }

    private Map waitFor(String location) {
        for (int i = 0; i < 100; i++) {
            def page = zuid.get(location)
            if (!page.body.contains('<progress')) {
                return page
            }
            Thread.sleep(100)
        }
        throw new AssertionError('the import did not finish')
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = [:]
        new ZipInputStream(new ByteArrayInputStream(zip)).withCloseable { z ->
            def entry
            while ((entry = z.nextEntry) != null) {
                files[entry.name] = z.readAllBytes()
            }
        }
        files
    }

    private static List<String> tempZips() {
        new File(System.getProperty('java.io.tmpdir')).list().findAll { it.startsWith('wijkdeal-brieven-') }.sort()
    }
}
