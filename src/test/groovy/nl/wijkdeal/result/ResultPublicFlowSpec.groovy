package nl.wijkdeal.result

import groovy.json.JsonSlurper
import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.ballot.ReceiptCode
import nl.wijkdeal.database.Sql
import nl.wijkdeal.result.recount.BundleCheck
import nl.wijkdeal.result.recount.BundleManifest
import nl.wijkdeal.result.recount.MerkleTree
import nl.wijkdeal.result.recount.RecountBundle
import nl.wijkdeal.result.recount.Sha256
import nl.wijkdeal.result.recount.VerifyCommand
import nl.wijkdeal.staff.WebSession
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise

import java.nio.file.Files

import static nl.wijkdeal.result.ResultRounds.HELPMAN
import static nl.wijkdeal.result.ResultRounds.ZUIDOOST
import static nl.wijkdeal.result.ResultRounds.name
import static nl.wijkdeal.result.ResultRounds.receiptHash
import static nl.wijkdeal.result.ResultRounds.result

/**
 * The public side of a result: nothing before publication (pages, files, API, bundle); after it the
 * page with chart, table and turnout, the open data (without the ballots and the channels of a wijk
 * under 10 ballots), a signed bundle that the verify check accepts, the verdict on the plan pages;
 * and "Is mijn stem geteld?" from typo to a Merkle proof that checks against the signed manifest.
 */
@Stepwise
@MicronautTest(transactional = false)
class ResultPublicFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql

    @Shared Map voting
    @Shared long id
    @Shared Map<String, List<String>> receipts
    @Shared String otherRoundReceipt
    @Shared long otherRoundId

    static final List<String> FILES = ['uitslag.json', 'uitslag.csv', 'stemmen.pb', 'ontvangstbewijzen.txt']

    def setup() {
        if (voting == null) {
            def make = new ResultRounds(context, http)
            voting = make.voting([name: 'Openbare ronde', maxChoices: '2', rule: 'greedy'],
                    [(HELPMAN): ['4.000', '6.000', '9.000', '12.000'], (ZUIDOOST): ['3.000', '5.000']], ['9722AB': 12, '9720AB': 3])
            id = voting.round.id()
            def (h0, h1, h2, h3) = voting.plans[HELPMAN]
            def (z0, z1) = voting.plans[ZUIDOOST]
            // Helpman: 11 online and 1 at the counter; scores h2 7, h0 6, h1 3, h3 1; greedy in 25.000:
            // h2, h0, h1, and then 6.000 is left, too little for h3.
            List<List<Long>> helpman = [[h2, h0]] * 4 + [[h2]] * 3 + [[h1, h0]] * 1 + [[h1]] * 2 + [[h3]]
            receipts = [(HELPMAN): [], (ZUIDOOST): []]
            helpman.eachWithIndex { List<Long> choice, int i -> receipts[HELPMAN] << make.vote(voting, name('9722AB', i + 1), [kies: choice]) }
            receipts[HELPMAN] << make.voteAtCounter(voting, name('9722AB', 12), [kies: [h0]])
            [[z0], [z0, z1], [z1]].eachWithIndex { List<Long> choice, int i ->
                receipts[ZUIDOOST] << make.vote(voting, name('9720AB', i + 1), [kies: choice])
            }
            def other = make.voting([name: 'Andere ronde'], [(HELPMAN): ['1.000']], ['9722AB': 1])
            otherRoundId = other.round.id()
            otherRoundReceipt = make.vote(other, name('9722AB', 1), [kies: [other.plans[HELPMAN][0]]])
        }
    }

    def "while voting, a stored ballot's receipt is 'opgeslagen'"() {
        expect:
        check(receipts[HELPMAN][0]).body.contains('Je stem is goed opgeslagen (Helpman e.o.). Als de uitslag is gepubliceerd')
    }

    def "counted and adopted but not published: the wijk page, its files, the bundle and the API answer 404"() {
        given:
        def make = new ResultRounds(context, http)
        assert make.close(id).status == 303
        def wethouder = make.staff(ResultRounds.WETHOUDER, "/beheer/rondes/$id/uitslag/$HELPMAN")
        assert wethouder.post("/beheer/rondes/$id/uitslag/$HELPMAN/vaststellen", [toelichting: '']).status == 303

        expect: 'adopted is not published'
        result(sql, id, HELPMAN).status == 'ADOPTED'

        and:
        [HELPMAN, ZUIDOOST].every { wijk ->
            fetch("/rondes/$id/uitslag/$wijk").status == 404 && FILES.every { fetch("/rondes/$id/uitslag/$wijk/$it").status == 404 }
        }
        fetch("/rondes/$id/uitslag.zip").status == 404

        and: 'the API says so as a problem document'
        def api = fetch("/api/v1/rounds/$id/results/$HELPMAN")
        api.status == 404
        api.type.startsWith('application/problem+json')
        new JsonSlurper().parse(api.bytes).status == 404

        and: 'the round lists its wijken as not published, with no links'
        def list = new JsonSlurper().parse(fetch("/api/v1/rounds/$id/results").bytes)
        list.wijken*.published == [false, false]
        list.wijken*.result == [null, null]
        list.bundle == null
        fetch("/rondes/$id/uitslag").text.contains('De uitslag is nog niet bekend.')

        and: "the plans' pages give no verdict, the receipt is still only 'opgeslagen'"
        !fetch("/plannen/${voting.plans[HELPMAN][0]}").text.contains('result-verdict')
        check(receipts[HELPMAN][1]).body.contains('Je stem is goed opgeslagen (Helpman e.o.).')
    }

    def "published: the wijk page has the chart as an image with a text, the table of all plans and the turnout per channel"() {
        given:
        def make = new ResultRounds(context, http)
        def wethouder = make.staff(ResultRounds.WETHOUDER, "/beheer/rondes/$id/uitslag/$HELPMAN")
        assert wethouder.post("/beheer/rondes/$id/uitslag/$HELPMAN/publiceren", [wanneer: 'nu']).location.endsWith('gepubliceerd')
        make.adoptAndPublish(id, ZUIDOOST)
        def (h0, h1, h2, h3) = voting.plans[HELPMAN]

        when:
        def page = fetch("/rondes/$id/uitslag/$HELPMAN")
        String svg = (page.text =~ /(?s)<svg\b[^>]*>/)[0]

        then:
        page.status == 200
        svg.contains('role="img"')
        svg.contains('aria-labelledby=') || svg.contains('aria-label=')
        page.text.contains('<table class="table result-table" id="all">')
        [h0, h1, h2, h3].every { page.text.contains("<a href=\"/plannen/$it\">") }
        page.text.contains('12 mensen hebben gestemd.')
        page.text.contains('Dat is 100,0% van de 12 mensen die mochten stemmen.')
        page.text.contains('<li>11 online</li><li>1 aan de balie</li><li>0 op papier</li>')
        page.text.contains("/rondes/$id/uitslag/$HELPMAN/stemmen.pb")
        !page.text.contains('minder dan 10 mensen gestemd')

        and: 'the round is published and its page links every wijk'
        ResultRounds.phase(sql, id) == 'PUBLISHED'
        fetch("/rondes/$id/uitslag").text.contains("/rondes/$id/uitslag/$ZUIDOOST")
    }

    def "a wijk with fewer than 10 ballots: no stemmen.pb and no turnout per channel, on the page nor in the data"() {
        when:
        def page = fetch("/rondes/$id/uitslag/$ZUIDOOST")
        def json = new JsonSlurper().parse(fetch("/rondes/$id/uitslag/$ZUIDOOST/uitslag.json").bytes)
        def api = new JsonSlurper().parse(fetch("/api/v1/rounds/$id/results/$ZUIDOOST").bytes)
        def helpman = new JsonSlurper().parse(fetch("/rondes/$id/uitslag/$HELPMAN/uitslag.json").bytes)
        def receiptsFile = fetch("/rondes/$id/uitslag/$ZUIDOOST/ontvangstbewijzen.txt")

        then:
        page.status == 200
        page.text.contains('3 mensen hebben gestemd.')
        page.text.contains('In deze wijk hebben minder dan 10 mensen gestemd.')
        !page.text.contains('online</li>')
        !page.text.contains("$ZUIDOOST/stemmen.pb")
        fetch("/rondes/$id/uitslag/$ZUIDOOST/stemmen.pb").status == 404

        and:
        json.containsKey('channels') && json.channels == null
        json.ballots == 3
        json.ballots_published == false
        api == json
        helpman.channels == [online: 11, counter: 1, paper: 0]
        helpman.ballots_published == true

        and: 'the receipts are published all the same'
        receiptsFile.status == 200
        receiptsFile.text == receipts[ZUIDOOST].collect { receiptHash(it) }.sort().join('\n') + '\n'
    }

    def "the bundle downloads, is the same each time, holds the files as served one by one, and passes the check"() {
        given:
        String key = new JsonSlurper().parse(fetch('/api/v1/signing-key').bytes).publicKey

        when:
        def zip = fetch("/rondes/$id/uitslag.zip")
        def entries = RecountBundle.readZip(zip.bytes, 'uitslag.zip')
        def report = BundleCheck.check(entries, Optional.of(Base64.decoder.decode(key)))
        def manifest = BundleManifest.fromJson(entries[RecountBundle.MANIFEST])

        then:
        zip.status == 200
        zip.type.startsWith('application/zip')
        fetch("/rondes/$id/uitslag.zip").bytes == zip.bytes
        report.passed()
        report.differences().isEmpty()
        manifest.wijken()*.code().sort() == [HELPMAN, ZUIDOOST].sort()
        !entries.containsKey("$ZUIDOOST/stemmen.pb" as String)
        [HELPMAN, ZUIDOOST].every { wijk ->
            FILES.findAll { wijk == HELPMAN || it != 'stemmen.pb' }.every { String name ->
                entries["$wijk/$name" as String] == fetch("/rondes/$id/uitslag/$wijk/$name").bytes
            }
        }

        and: 'a browser asking for HTML first gets the same files'
        String browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
        ["$HELPMAN/stemmen.pb", "$HELPMAN/uitslag.csv", "$ZUIDOOST/ontvangstbewijzen.txt"].every { String path ->
            def got = new ResultRounds(context, http).fetch("/rondes/$id/uitslag/$path", browser)
            got.status == 200 && got.bytes == entries[path]
        }
        ['text/html', 'application/json'].every { String only ->
            def got = new ResultRounds(context, http).fetch("/rondes/$id/uitslag/$HELPMAN/uitslag.csv", only)
            got.status == 200 && got.type.startsWith('text/csv') && got.bytes == entries["$HELPMAN/uitslag.csv" as String]
        }

        when: 'the verify command reads it from disk; and the check again, with one receipt left out'
        def file = Files.createTempFile('wijkdeal-uitslag', '.zip')
        Files.write(file, zip.bytes)
        int exit = VerifyCommand.run([file.toString(), '--key', key] as String[], new PrintStream(new ByteArrayOutputStream(), true, 'UTF-8'),
                new PrintStream(new ByteArrayOutputStream(), true, 'UTF-8'))
        def tampered = new TreeMap<String, byte[]>(entries)
        String receiptsPath = "$HELPMAN/ontvangstbewijzen.txt"
        tampered[receiptsPath] = (new String(entries[receiptsPath], 'US-ASCII').readLines().drop(1).join('\n') + '\n').getBytes('US-ASCII')

        then: 'it agrees (exit 0), and the check is not blind: it says no to the tampered list'
        exit == 0
        !BundleCheck.check(tampered, Optional.of(Base64.decoder.decode(key))).passed()

        cleanup:
        if (file != null) Files.deleteIfExists(file)
    }

    def "the plan pages say whether the plan was chosen"() {
        given:
        def (h0, h1, h2, h3) = voting.plans[HELPMAN]

        expect: 'the premise: h3 did not fit'
        result(sql, id, HELPMAN).adopted_selected == [h2, h0, h1]

        and:
        [h0, h1, h2].every { fetch("/plannen/$it").text.contains('Gekozen: dit plan wordt uitgevoerd.') }
        fetch("/plannen/$h3").text.contains('Niet gekozen in de uitslag.')
        !fetch("/plannen/$h3").text.contains('Gekozen: dit plan wordt uitgevoerd.')
        voting.plans[ZUIDOOST].every { fetch("/plannen/$it").text.contains('Gekozen: dit plan wordt uitgevoerd.') }
    }

    def "a typo in the receipt is caught by its check character: 400, the message beside the field, the code kept"() {
        given:
        String good = receipts[HELPMAN][2]
        String typo = good[0..-2] + (good[-1] == 'A' ? 'B' : 'A')

        when:
        def answer = check(typo)

        then:
        answer.status == 400
        answer.body.contains('id="code-error"')
        answer.body.contains('Deze code klopt niet. Kijk of je hem goed hebt overgenomen.')
        answer.body.contains("value=\"$typo\"")
    }

    def "a valid code with no ballot behind it: no vote found; a receipt of another round: said so, with a link"() {
        when:
        def unknown = check(ReceiptCode.random().grouped())
        def other = check(otherRoundReceipt)

        then:
        unknown.status == 404
        unknown.body.contains('We vinden geen stem met deze code in deze wijkdeal.')
        other.status == 404
        other.body.contains('Deze code hoort bij een andere wijkdeal.')
        other.body.contains("href=\"/rondes/$otherRoundId/stem-geteld\"")
    }

    def "after publication a receipt is 'meegeteld', and the proof on the page checks against the root in the signed manifest"() {
        given:
        def entries = RecountBundle.readZip(fetch("/rondes/$id/uitslag.zip").bytes, 'uitslag.zip')
        def manifest = BundleManifest.fromJson(entries[RecountBundle.MANIFEST])

        expect:
        [HELPMAN, ZUIDOOST].every { wijk ->
            String root = manifest.wijken().find { it.code() == wijk }.roots().receipts()
            receipts[wijk].every { String receipt ->
                def answer = check(receipt)
                def proof = proofOn(answer.body)
                assert answer.status == 200
                assert answer.body.contains("Ja, je stem is meegeteld in de uitslag van ${wijk == HELPMAN ? 'Helpman e.o.' : 'Zuidoost'}.")
                assert proof.leaf == receiptHash(receipt)
                assert proof.size == receipts[wijk].size()
                assert proof.root == root
                assert MerkleTree.verify(Sha256.unhex(proof.leaf), proof.index, proof.size, proof.path, Sha256.unhex(root))
                // The proof is specific: the same path does not prove another leaf.
                assert !MerkleTree.verify(Sha256.unhex(receiptHash(ReceiptCode.random().grouped())), proof.index, proof.size,
                        proof.path, Sha256.unhex(root))
                true
            }
        }
    }

    def "a script trying many codes on 'Is mijn stem geteld?' is slowed down: at most 30 a minute per address and round"() {
        given: 'a round of its own, so the limit does not touch the other checks'
        def browser = new WebSession(http.toBlocking())
        assert browser.get("/rondes/$otherRoundId/stem-geteld").status == 200

        when: '61 tries: whatever minute boundary falls in between, one minute gets more than 30'
        def answers = (1..61).collect { browser.post("/rondes/$otherRoundId/stem-geteld", [code: ReceiptCode.random().grouped()]) }
        int firstRefused = answers.findIndexOf { it.status == 429 }

        then: 'no refusal before the 31st try, and a refusal says so in Dutch, with the code kept'
        firstRefused >= 30
        answers[0..<firstRefused].every { it.status == 404 && it.body.contains('We vinden geen stem met deze code') }
        answers[firstRefused].body.contains('Je hebt in korte tijd veel codes geprobeerd')
        answers[firstRefused].body.contains('aria-invalid="true"')
    }

    /** Posts a receipt code to "Is mijn stem geteld?" as a browser: the form first, for its CSRF token. */
    Map check(String code) {
        def browser = new WebSession(http.toBlocking())
        assert browser.get("/rondes/$id/stem-geteld").status == 200
        browser.post("/rondes/$id/stem-geteld", [code: code])
    }

    static Map proofOn(String body) {
        def leaf = (body =~ /Hash van je code \(SHA-256\)<\/dt><dd><code class="key">([0-9a-f]{64})</)[0][1]
        def place = (body =~ /Plaats in de lijst<\/dt><dd>(\d+) \/ (\d+)</)[0]
        def root = (body =~ /Wortel<\/dt><dd><code class="key">([0-9a-f]{64})</)[0][1]
        String ol = (body =~ /(?s)<ol class="proof__path">(.*?)<\/ol>/)[0][1]
        def path = (ol =~ /<code class="key">([0-9a-f]{64})<\/code>/).collect { Sha256.unhex(it[1] as String) }
        [leaf: leaf, index: place[1] as long, size: place[2] as long, root: root, path: path]
    }

    Map fetch(String path) {
        new ResultRounds(context, http).fetch(path)
    }
}
