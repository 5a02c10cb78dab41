package nl.wijkdeal.result

import groovy.json.JsonSlurper
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.plan.SeedPlans
import nl.wijkdeal.register.TestRegister
import nl.wijkdeal.result.recount.VerifyCommand
import nl.wijkdeal.round.PublicRounds
import nl.wijkdeal.round.RoundFlowSpec
import nl.wijkdeal.staff.WebSession
import nl.wijkdeal.tally.cli.TallyCommand
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.security.MessageDigest
import java.util.zip.ZipInputStream

/**
 * A whole round over HTTP, as the people who use it: the gebiedsteam sets it up and moves it on,
 * residents hand in plans and the gebiedsteam reviews them, the register comes in and the letters go
 * out, residents vote online and at the counter on paper, the gebiedsteam closes the vote, the
 * wijkwethouder adopts (with a deviation) and publishes, and anyone can download the bundle, verify it
 * and recount the ballots with the tally command to the same selection.
 */
@MicronautTest(transactional = false)
class WholeRoundSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql
    @Inject SeedPlans seedPlans
    @Inject PublicRounds rounds

    static final String HELPMAN = 'WK001406'     // PC4 9721-9723
    static final String OOSTERPOORT = 'WK001405' // PC4 9720

    WebSession staff(String email, String password) {
        def b = new WebSession(http.toBlocking())
        assert b.logIn(email, password).status == 303
        b
    }

    String phase(long id) {
        sql.one('SELECT phase FROM round WHERE id = ?', { it.getString(1) }, id).get()
    }

    void nextPhase(WebSession zuid, long id, String expected) {
        zuid.get("/beheer/rondes/$id")
        def moved = zuid.post("/beheer/rondes/$id/volgende-fase", [:])
        assert moved.status == 303: moved.body
        assert moved.location.endsWith('melding=fase')
        assert phase(id) == expected
    }

    static String receiptOn(Map page) {
        (page.body =~ /name="ontvangstbewijs" value="([^"]+)"/)[0][1]
    }

    /** The published receipt hash of a receipt code: SHA-256 over its 16 characters, lowercase hex. */
    static String receiptHash(String grouped) {
        MessageDigest.getInstance('SHA-256').digest(grouped.replace('-', '')[0..15].getBytes('US-ASCII')).encodeHex().toString()
    }

    /** A resident with a letter votes online: the check, the ballot, "klopt je keuze?", send. @return the receipt */
    String voteOnline(long id, String code, List<Long> choices) {
        def b = new WebSession(http.toBlocking())
        b.get("/rondes/$id/stemmen")
        def checked = b.post("/rondes/$id/stemmen/code", [code: code])
        assert checked.status == 303: checked.body
        def ballot = b.get("/rondes/$id/stemmen/stembiljet")
        assert ballot.status == 200
        String receipt = receiptOn(ballot)
        def review = b.post("/rondes/$id/stemmen/stembiljet", [kies: choices, ontvangstbewijs: receipt])
        assert review.body.contains('Klopt je keuze?'): review.body
        def sent = b.post("/rondes/$id/stemmen/versturen", [kies: choices, ontvangstbewijs: receipt])
        assert sent.status == 303: sent.body
        assert b.get(sent.location).body.contains(receipt)
        receipt
    }

    byte[] download(String path) {
        def response = http.toBlocking().exchange(HttpRequest.GET(path), byte[])
        assert response.status.code == 200
        response.body()
    }

    def "a round from its setup to a published, signed and recountable result"() {
        given: 'the gebiedsteam zuid sets up a round for two wijken, equal shares, up to 2 plans per ballot'
        def zuid = staff('zuid@wijkdeal.example', 'demo-zuid-2026')
        zuid.get('/beheer/rondes/nieuw?gebied=zuid')
        def made = zuid.post('/beheer/rondes', RoundFlowSpec.form([name: 'Hele ronde', supportThreshold: '2',
                'budget-WK001406': '25.000', 'budget-WK001405': '10.000', total: '35.000',
                kind: 'choose-up-to', maxChoices: '2', rule: 'equal-shares', route: ['stemcode', 'address', 'counter']]))
        assert made.status == 303: made.body
        long id = (made.location =~ /\/beheer\/rondes\/(\d+)/)[0][1] as long
        nextPhase(zuid, id, 'IDEAS')

        and: 'residents hand in plans and gather support (seeded: the per-IP limit on new plans)'
        def round = rounds.findForStaff(id).get()
        Map<String, Long> plan = [:]
        [speeltuin: [9_000, HELPMAN, 3], bankjes: [4_000, HELPMAN, 2], bomen: [12_000, HELPMAN, 4],
         stalling: [6_000, HELPMAN, 2], pannakooi: [8_000, HELPMAN, 5], lantaarn: [3_000, HELPMAN, 0],
         moestuin: [5_000, OOSTERPOORT, 2]].each { String name, List p ->
            plan[name] = seedPlans.seed(round, new SeedPlans.Seed("Plan $name $id", 'Kort.', 'Wat we willen doen.', p[0] as long,
                    p[1] as String, 'Groen', null, 'Bewoner', true, p[2] as int))
        }
        nextPhase(zuid, id, 'CO_CREATION')
        nextPhase(zuid, id, 'REVIEW')

        when: 'the review: four plans feasible (one at a higher cost), the pannakooi not; published together'
        zuid.get("/beheer/rondes/$id/plannen")
        def decisions = [
                (plan.speeltuin): [haalbaar: 'ja', reden: '', kosten: '9.000'],
                (plan.bankjes)  : [haalbaar: 'ja', reden: '', kosten: '4.000'],
                (plan.bomen)    : [haalbaar: 'ja', reden: '', kosten: '12.000'],
                (plan.stalling) : [haalbaar: 'ja', reden: '', kosten: '6.500'],
                (plan.pannakooi): [haalbaar: 'nee', reden: 'Er ligt een gasleiding onder het veld.', kosten: '8.000'],
                (plan.moestuin) : [haalbaar: 'ja', reden: '', kosten: '5.000']]
        def saved = decisions.collect { planId, form -> zuid.post("/beheer/rondes/$id/plannen/$planId/besluit", form).status }
        def published = zuid.post("/beheer/rondes/$id/plannen/publiceren", [:])

        then:
        saved.every { it == 303 }
        published.status == 303

        when: 'the register comes in and the letters go out, before voting opens'
        def register = new TestRegister(context, http)
        byte[] file = TestRegister.file((1..13).collect { TestRegister.row('9722AB', it, '1980-01-01') }
                + (1..2).collect { TestRegister.row('9720AB', it, '1980-01-01') })
        def report = register.importFile(register.reload(id), file)
        Map<String, String> codes = register.issue(register.reload(id), file)
        nextPhase(zuid, id, 'VOTING')
        def helpmanBallot = { ->
            def look = new WebSession(http.toBlocking())
            look.get("/rondes/$id/stemmen")
            look.post("/rondes/$id/stemmen/code", [code: codes['Bewoner 9722AB 12']])
            look.get("/rondes/$id/stemmen/stembiljet").body
        }.call()

        then: 'the feasible plans with enough support are on the ballot, and only those'
        codes.size() == 15
        ['speeltuin', 'bankjes', 'bomen', 'stalling'].every { helpmanBallot.contains("name=\"kies\" value=\"${plan[it]}\"") }
        !helpmanBallot.contains("value=\"${plan.pannakooi}\"")   // not feasible
        !helpmanBallot.contains("value=\"${plan.lantaarn}\"")    // too little support, never reviewed
        !helpmanBallot.contains("value=\"${plan.moestuin}\"")    // another wijk

        when: 'twelve residents of Helpman vote online, two of Oosterpoort too'
        def (s, b, t, f) = [plan.speeltuin, plan.bankjes, plan.bomen, plan.stalling]
        List<List<Long>> online = [[s, b]] * 5 + [[s, t]] * 3 + [[t]] * 2 + [[f]] * 2
        List<String> receipts = online.withIndex().collect { List<Long> choice, int i ->
            voteOnline(id, codes["Bewoner 9722AB ${i + 1}"], choice)
        }
        receipts += (1..2).collect { voteOnline(id, codes["Bewoner 9720AB $it"], [plan.moestuin]) }

        and: 'the counter enters the paper ballot of resident 13, found by address'
        def desk = staff('balie.zuid@wijkdeal.example', 'demo-balie-2026')
        desk.get("/beheer/rondes/$id/balie")
        def entry = desk.post("/beheer/rondes/$id/balie/papier",
                [route: 'adres', postcode: '9722 AB', huisnummer: '13', dag: '1', maand: '1', jaar: '1980'])
        def paper = desk.get(entry.location)
        String paperReceipt = receiptOn(paper)
        desk.post("/rondes/$id/stemmen/stembiljet", [kies: [b, f], ontvangstbewijs: paperReceipt])
        def paperSent = desk.post("/rondes/$id/stemmen/versturen", [kies: [b, f], ontvangstbewijs: paperReceipt])

        then:
        report.added() == 15
        paper.body.contains('Papieren stembiljet invoeren')
        paperSent.status == 303
        sql.one('SELECT count(*) FROM ballot WHERE round_id = ?', { it.getInt(1) }, id).get() == 15

        when: 'the gebiedsteam closes the vote: every wijk is counted'
        nextPhase(zuid, id, 'COUNTING')
        def wethouder = staff('wethouder.zuid@wijkdeal.example', 'demo-wethouder-2026')
        def overview = wethouder.get("/beheer/rondes/$id/uitslag")
        def counted = wethouder.get("/beheer/rondes/$id/uitslag/$HELPMAN")

        then: 'staff see the count; the public does not, yet'
        overview.status == 200
        overview.body.contains('Geteld, nog niet vastgesteld')
        counted.status == 200
        counted.body.contains('action="/beheer/rondes/' + id + '/uitslag/' + HELPMAN + '/vaststellen"')
        !counted.body.contains('/publiceren"')     // first adopt, then publish
        new WebSession(http.toBlocking()).get("/rondes/$id/uitslag/$HELPMAN").status == 404
        status("/rondes/$id/uitslag/$HELPMAN/uitslag.json") == 404
        status("/rondes/$id/uitslag.zip") == 404

        when: 'the wijkwethouder adopts: the bankjes will not be carried out, first without a reason, then with one'
        def computed = sql.list('SELECT plan_id FROM result_plan WHERE round_id = ? AND wijk_code = ? AND computed_selected ORDER BY plan_id',
                { it.getLong(1) }, id, HELPMAN)
        def noReason = wethouder.post("/beheer/rondes/$id/uitslag/$HELPMAN/vaststellen", [afwijken: b, "reden-$b": '', toelichting: 'Met de wijkraad.'])
        def adopted = wethouder.post("/beheer/rondes/$id/uitslag/$HELPMAN/vaststellen",
                [afwijken: b, "reden-$b": 'De stoep wordt in 2027 opengebroken.', toelichting: 'Met de wijkraad.'])
        def scheduledForm = wethouder.get(adopted.location)
        def publishedNow = wethouder.post("/beheer/rondes/$id/uitslag/$HELPMAN/publiceren", [wanneer: 'nu', datum: '', tijd: ''])
        wethouder.get("/beheer/rondes/$id/uitslag/$OOSTERPOORT")
        wethouder.post("/beheer/rondes/$id/uitslag/$OOSTERPOORT/vaststellen", [toelichting: ''])
        def oosterpoort = wethouder.post("/beheer/rondes/$id/uitslag/$OOSTERPOORT/publiceren", [wanneer: 'nu'])

        then:
        computed.contains(b)
        noReason.status == 400
        noReason.body.contains('field__error')
        noReason.body.contains('Met de wijkraad.')
        adopted.status == 303
        scheduledForm.body.contains('Vastgesteld, nog niet gepubliceerd')
        scheduledForm.body.contains('/publiceren"')
        publishedNow.status == 303
        publishedNow.location.endsWith('melding=gepubliceerd')
        oosterpoort.location.endsWith('melding=gepubliceerd')
        phase(id) == 'PUBLISHED'    // the last wijk published moves the round on

        when: 'anyone reads the uitslag and its open data'
        def visitor = new WebSession(http.toBlocking())
        def roundPage = visitor.get("/rondes/$id/uitslag")
        def wijkPage = visitor.get("/rondes/$id/uitslag/$HELPMAN")
        def json = new JsonSlurper().parseText(new String(download("/rondes/$id/uitslag/$HELPMAN/uitslag.json"), StandardCharsets.UTF_8))
        def api = new JsonSlurper().parseText(new String(download("/api/v1/rounds/$id/results"), StandardCharsets.UTF_8))
        def key = new JsonSlurper().parseText(new String(download('/api/v1/signing-key'), StandardCharsets.UTF_8))
        String receiptsFile = new String(download("/rondes/$id/uitslag/$HELPMAN/ontvangstbewijzen.txt"), StandardCharsets.US_ASCII)

        then: 'the scores are the votes cast, online and on paper, and the deviation is public with its reason'
        roundPage.status == 200
        wijkPage.status == 200
        wijkPage.body.contains('De stoep wordt in 2027 opengebroken.')
        json.format == 'wijkdeal-uitslag/1'
        json.ballots == 13
        json.ballots_published
        json.channels == [online: 12, counter: 0, paper: 1]
        json.vote_type == 'approval'
        json.plans.collectEntries { [(it.id): it.score] } ==
                [(s as String): 8, (b as String): 6, (t as String): 5, (f as String): 3]
        json.adopted.deviations == [[plan_id: b as String, reason: 'De stoep wordt in 2027 opengebroken.']]
        !json.adopted.selected.contains(b as String)
        json.computed.selected as Set == computed.collect { it as String } as Set
        // Equal shares: the speeltuin's 8 and the bankjes' 6 voters pay for theirs (rounds 1, 2); raising
        // everyone's share, the stalling's 3 voters can pay € 6.500 before the bomen's 5 can pay € 12.000,
        // and then the € 5.500 left is too little for the bomen. (Greedy would have taken the bomen.)
        json.computed.selected == [s, b, f]*.toString()
        json.computed.total_cost == '19500'
        api.wijken.find { it.code == HELPMAN }.ballots == "/rondes/$id/uitslag/$HELPMAN/stemmen.pb"
        api.wijken.find { it.code == OOSTERPOORT }.ballots == null            // 2 ballots: not published
        status("/rondes/$id/uitslag/$OOSTERPOORT/stemmen.pb") == 404

        and: 'every receipt is in the published receipts of its wijk, as sorted hashes'
        receiptsFile.readLines() == receiptsFile.readLines().sort()
        (receipts[0..11] + paperReceipt).every { receiptsFile.readLines().contains(receiptHash(it)) }

        when: 'a resident asks "is mijn stem geteld?" with the receipt'
        visitor.get("/rondes/$id/stem-geteld")
        def answer = visitor.post("/rondes/$id/stem-geteld", [code: receipts[0]])

        then:
        answer.status == 200
        answer.body.contains('Ja, je stem is meegeteld in de uitslag van Helpman e.o.')

        when: 'the bundle is downloaded and verified as `java -jar wijkdeal.jar verify` does'
        byte[] zip = download("/rondes/$id/uitslag.zip")
        def zipFile = Files.createTempFile('wijkdeal-uitslag-', '.zip')
        Files.write(zipFile, zip)
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        int verified = VerifyCommand.run([zipFile.toString(), '--key', key.publicKey] as String[],
                new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))

        then:
        verified == 0
        out.toString('UTF-8').contains('Alles klopt.')
        err.toString('UTF-8').isEmpty()
        entries(zip).contains("$HELPMAN/stemmen.pb" as String)
        !entries(zip).contains("$OOSTERPOORT/stemmen.pb" as String)

        when: 'the published ballots are recounted with the tally command and the rule in uitslag.json'
        def pb = Files.createTempFile('stemmen-', '.pb')
        Files.write(pb, download("/rondes/$id/uitslag/$HELPMAN/stemmen.pb"))
        def tallyOut = new ByteArrayOutputStream()
        List<String> args = [pb.toString(), '--rule', json.rule.rule]
        if (json.rule.rule == 'mes') {
            args += ['--utility', json.rule.utility, '--completion', json.rule.completion]
        }
        args += ['--tie-break', json.rule.tie_break]
        int tallied = TallyCommand.run(args as String[], new PrintStream(tallyOut, true, 'UTF-8'), System.err)
        def recount = new JsonSlurper().parseText(tallyOut.toString('UTF-8'))

        then: 'the same selection, in the same order, as published'
        json.rule.rule == 'mes'
        json.rule.tie_break == 'votes'
        tallied == 0
        recount.selected == json.computed.selected
        recount.total_cost == json.computed.total_cost

        cleanup:
        [zipFile, pb].findAll { it != null }.each { Files.deleteIfExists(it) }
    }

    /** The status of a plain GET, as a download manager or script sends it (any type accepted). */
    int status(String path) {
        try {
            http.toBlocking().exchange(HttpRequest.GET(path), byte[]).status.code
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            e.status.code
        }
    }

    static List<String> entries(byte[] zip) {
        List<String> names = []
        new ZipInputStream(new ByteArrayInputStream(zip)).withCloseable { z ->
            for (def e = z.nextEntry; e != null; e = z.nextEntry) {
                names << e.name
            }
        }
        names
    }
}
