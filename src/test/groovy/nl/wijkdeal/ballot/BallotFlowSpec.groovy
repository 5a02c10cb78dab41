package nl.wijkdeal.ballot

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.staff.WebSession
import spock.lang.Shared
import spock.lang.Specification

import java.security.MessageDigest
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * Voting through the browser's eyes: check in, the ballot of your wijk, review, send, receipt; the
 * double click and the second tab; tampered forms; and fifty submits racing for one vote.
 */
@MicronautTest(transactional = false)
class BallotFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql

    @Shared Map voting

    def setup() {
        if (voting == null) {
            voting = new TestBallots(context, http).votingRound([name: 'Stemronde', maxChoices: '2'], ['4.000', '6.000', '9.000'], 60)
        }
    }

    long roundId() {
        voting.round.id()
    }

    /** A resident's browser, checked in with the code of resident {@code n}. */
    WebSession checkedIn(int n) {
        def b = new WebSession(http.toBlocking())
        b.get("/rondes/${roundId()}/stemmen")
        def answer = b.post("/rondes/${roundId()}/stemmen/code", [code: voting.codes["Bewoner 9722AB $n"]])
        assert answer.status == 303: answer.body
        b
    }

    static String receiptOn(Map page) {
        (page.body =~ /name="ontvangstbewijs" value="([^"]+)"/)[0][1]
    }

    static byte[] sha256(String grouped) {
        MessageDigest.getInstance('SHA-256').digest(grouped.replace('-', '')[0..15].getBytes('US-ASCII'))
    }

    int ballots() {
        sql.one('SELECT count(*) FROM ballot WHERE round_id = ?', { it.getInt(1) }, roundId()).get()
    }

    def "a resident chooses, reviews, sends and gets a receipt; the ballot holds the choices and nothing of the voter"() {
        given:
        def b = checkedIn(1)

        when:
        def ballot = b.get("/rondes/${roundId()}/stemmen/stembiljet")
        String receipt = receiptOn(ballot)

        then:
        ballot.status == 200
        ballot.body.contains('Je stemt voor de wijk Helpman e.o.')
        voting.plans.every { ballot.body.contains("name=\"kies\" value=\"$it\"") }
        ballot.body.contains('Je kunt nog 2 plannen kiezen.')

        when:
        def review = b.post("/rondes/${roundId()}/stemmen/stembiljet", [kies: [voting.plans[0], voting.plans[2]], ontvangstbewijs: receipt])

        then:
        review.status == 200
        review.body.contains('Klopt je keuze?')
        review.body.contains('Stemplan')
        review.body.contains('Je kunt nog 0 plannen kiezen.')

        when:
        def sent = b.post("/rondes/${roundId()}/stemmen/versturen", [kies: [voting.plans[0], voting.plans[2]], ontvangstbewijs: receipt])
        def done = b.get(sent.location)

        then:
        sent.status == 303
        sent.location == "/rondes/${roundId()}/stemmen/gelukt"
        done.body.contains('Gelukt, je hebt gestemd!')
        done.body.contains(receipt)

        and: 'one ballot with the choices under the receipt hash; no column about the voter'
        def row = sql.one('SELECT wijk_code, channel, plan_ids, choice_values FROM ballot WHERE receipt_hash = ?',
                { [it.getString(1), it.getString(2), (it.getArray(3).array as Long[]).toList(), (it.getArray(4).array as Integer[]).toList()] },
                [sha256(receipt)] as Object[]).get()
        row == ['WK001406', 'ONLINE', [voting.plans[0], voting.plans[2]], [0, 0]]
        sql.list("SELECT column_name FROM information_schema.columns WHERE table_name = 'ballot' ORDER BY column_name", { it.getString(1) }) ==
                ['channel', 'choice_values', 'id', 'plan_ids', 'receipt_hash', 'round_id', 'wijk_code']
        sql.one("SELECT sum(ballots) FROM turnout WHERE round_id = ? AND channel = 'ONLINE'", { it.getInt(1) }, roundId()).get() >= 1
    }

    def "a double click or a retry sends the same form twice: one ballot, the same receipt"() {
        given:
        def b = checkedIn(2)
        String receipt = receiptOn(b.get("/rondes/${roundId()}/stemmen/stembiljet"))
        def form = [kies: [voting.plans[1]], ontvangstbewijs: receipt]

        when:
        def first = b.post("/rondes/${roundId()}/stemmen/versturen", form)
        def second = b.post("/rondes/${roundId()}/stemmen/versturen", form)

        then:
        first.status == 303
        second.status == 303
        b.get(second.location).body.contains(receipt)
        sql.one('SELECT count(*) FROM ballot WHERE receipt_hash = ?', { it.getInt(1) }, [sha256(receipt)] as Object[]).get() == 1
    }

    def "a second tab, after the vote is in: met deze code is al gestemd, and nothing more is stored"() {
        given:
        def tab1 = checkedIn(3)
        def tab2 = new WebSession(http.toBlocking())
        tab2.cookies.putAll(tab1.cookies)
        String r1 = receiptOn(tab1.get("/rondes/${roundId()}/stemmen/stembiljet"))
        String r2 = receiptOn(tab2.get("/rondes/${roundId()}/stemmen/stembiljet"))
        assert tab1.post("/rondes/${roundId()}/stemmen/versturen", [kies: [voting.plans[0]], ontvangstbewijs: r1]).status == 303
        int before = ballots()

        when:
        def late = tab2.post("/rondes/${roundId()}/stemmen/versturen", [kies: [voting.plans[1]], ontvangstbewijs: r2])

        then:
        late.status == 409
        late.body.contains('Met deze code is al gestemd.')
        ballots() == before

        and: 'checking in again with that code says so too'
        def again = new WebSession(http.toBlocking())
        again.get("/rondes/${roundId()}/stemmen")
        again.post("/rondes/${roundId()}/stemmen/code", [code: voting.codes['Bewoner 9722AB 3']]).body.contains('Met deze code is al gestemd.')
    }

    def "a tampered form gets a clear message beside the ballot and stores nothing: #why"() {
        given:
        def b = checkedIn(resident)
        String receipt = receiptOn(b.get("/rondes/${roundId()}/stemmen/stembiljet"))
        int before = ballots()

        when:
        def answer = b.post("/rondes/${roundId()}/stemmen/versturen", [kies: choose(voting.plans), ontvangstbewijs: receipt])

        then:
        answer.status == 400
        answer.body.contains(message)
        answer.body.contains('<html lang="nl">')
        ballots() == before
        b.get("/rondes/${roundId()}/stemmen/stembiljet").status == 200   // the vote is still theirs

        where:
        resident | why                       | choose                                 || message
        10       | 'nothing chosen'          | { p -> [] }                            || 'Kies minstens een plan.'
        11       | 'more than K'             | { p -> p }                             || 'Je hebt te veel plannen gekozen.'
        12       | 'a plan not on the ballot'| { p -> [999999] }                      || 'staat niet op het stembiljet van jouw wijk'
        13       | 'a plan twice'            | { p -> [p[0], p[0]] }                  || 'Je hebt een plan twee keer gekozen.'
        14       | 'not a number'            | { p -> ['DROP TABLE ballot'] }         || 'staat niet op het stembiljet van jouw wijk'
    }

    def "at the counter: staff hand over the device (their session ends first), the resident votes, channel COUNTER"() {
        given:
        def desk = new WebSession(http.toBlocking())
        desk.logIn('balie.zuid@wijkdeal.example', 'demo-balie-2026')
        desk.get("/beheer/rondes/${roundId()}/balie")
        def resident = [route: 'code', code: voting.codes['Bewoner 9722AB 30']]

        when:
        def handed = desk.post("/beheer/rondes/${roundId()}/balie/stemmen", resident)

        then:
        handed.status == 303
        desk.get('/beheer').location.startsWith('/beheer/inloggen')   // no staff page for the resident

        when:
        def ballot = desk.get(handed.location)
        String receipt = receiptOn(ballot)
        def sent = desk.post("/rondes/${roundId()}/stemmen/versturen", [kies: [voting.plans[0]], ontvangstbewijs: receipt])
        def done = desk.get(sent.location)

        then:
        ballot.body.contains('Stoppen en het apparaat teruggeven')
        done.body.contains('Geef het apparaat nu terug aan de medewerker.')
        sql.one('SELECT channel FROM ballot WHERE receipt_hash = ?', { it.getString(1) }, [sha256(receipt)] as Object[]).get() == 'COUNTER'
    }

    def "a paper ballot: staff look the resident up and enter the choice themselves, channel PAPER, and stay logged in"() {
        given:
        def desk = new WebSession(http.toBlocking())
        desk.logIn('balie.zuid@wijkdeal.example', 'demo-balie-2026')
        desk.get("/beheer/rondes/${roundId()}/balie")
        def resident = [route: 'adres', postcode: '9722 AB', huisnummer: '31', dag: '1', maand: '1', jaar: '1980']

        when:
        def entry = desk.post("/beheer/rondes/${roundId()}/balie/papier", resident)
        def ballot = desk.get(entry.location)
        String receipt = receiptOn(ballot)
        def review = desk.post("/rondes/${roundId()}/stemmen/stembiljet", [kies: [voting.plans[1]], ontvangstbewijs: receipt])
        def sent = desk.post("/rondes/${roundId()}/stemmen/versturen", [kies: [voting.plans[1]], ontvangstbewijs: receipt])

        then:
        entry.status == 303
        ballot.body.contains('Papieren stembiljet invoeren')
        review.body.contains('Klopt je keuze?')
        sent.status == 303
        desk.get(sent.location).body.contains('Papieren stembiljet opgeslagen')
        sql.one('SELECT channel FROM ballot WHERE receipt_hash = ?', { it.getString(1) }, [sha256(receipt)] as Object[]).get() == 'PAPER'
        desk.get("/beheer/rondes/${roundId()}/balie").status == 200
        sql.one("SELECT count(*) FROM audit_entry WHERE action = 'counter.paper' AND subject = ?", { it.getInt(1) },
                "round:${roundId()}" as String).get() == 1
    }

    def "a forged channel in the form is ignored: the channel comes from how the resident checked in"() {
        given:
        def b = checkedIn(41)
        String receipt = receiptOn(b.get("/rondes/${roundId()}/stemmen/stembiljet"))

        when:
        def sent = b.post("/rondes/${roundId()}/stemmen/versturen",
                [kies: [voting.plans[0]], ontvangstbewijs: receipt, channel: 'PAPER', kanaal: 'PAPER'])

        then:
        sent.status == 303
        sql.one('SELECT channel FROM ballot WHERE receipt_hash = ?', { it.getString(1) }, [sha256(receipt)] as Object[]).get() == 'ONLINE'
    }

    def "an expired check-in or a missing CSRF token stores nothing and says what to do"() {
        given:
        def b = checkedIn(40)
        String receipt = receiptOn(b.get("/rondes/${roundId()}/stemmen/stembiljet"))
        int before = ballots()

        when: 'the form without its CSRF token (a forged post from another site)'
        def forged = b.post("/rondes/${roundId()}/stemmen/versturen", [kies: [voting.plans[0]], ontvangstbewijs: receipt], false)

        then:
        forged.status == 403
        ballots() == before

        when: 'the pass ran out (30 minutes)'
        sql.update("UPDATE voter_pass SET expires_at = now() - interval '1 minute' WHERE entry_id IN"
                + " (SELECT id FROM register_entry WHERE round_id = ?)", roundId())
        def late = b.post("/rondes/${roundId()}/stemmen/versturen", [kies: [voting.plans[0]], ontvangstbewijs: receipt])

        then:
        late.status == 409
        late.body.contains('Was je langer dan 30 minuten weg? Begin dan opnieuw.')
        ballots() == before

        and: 'checking in again works: the vote was not used'
        checkedIn(40).get("/rondes/${roundId()}/stemmen/stembiljet").status == 200
    }

    def "staff see turnout per wijk and channel, from the counters"() {
        given:
        def zuid = new WebSession(http.toBlocking())
        zuid.logIn('zuid@wijkdeal.example', 'demo-zuid-2026')
        def counted = sql.list("SELECT channel, sum(ballots)::int FROM turnout WHERE round_id = ? GROUP BY channel ORDER BY channel",
                { [it.getString(1), it.getInt(2)] }, roundId())

        when:
        def page = zuid.get("/beheer/rondes/${roundId()}/opkomst")

        then:
        page.status == 200
        page.body.contains('Helpman e.o.')
        page.body.contains('<td>60</td>')   // residents in the register
        counted.sum { it[1] } == ballots()
        page.body.contains("<td>${ballots()}</td>")
    }

    def "fifty submits racing with one resident's pass store exactly one ballot"() {
        given: 'one check-in, fifty forms (each with its own receipt), as fifty tabs would have'
        def b = checkedIn(20)
        List<WebSession> tabs = (1..50).collect {
            def tab = new WebSession(http.toBlocking())
            tab.cookies.putAll(b.cookies)
            tab.get("/rondes/${roundId()}/stemmen/stembiljet")
            tab
        }
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(50)
        int before = ballots()

        when:
        def futures = tabs.collect { tab ->
            String receipt = ReceiptCode.random().grouped()
            pool.submit({
                start.await()
                tab.post("/rondes/${roundId()}/stemmen/versturen", [kies: [voting.plans[0]], ontvangstbewijs: receipt])
            } as Callable<Map>)
        }
        start.countDown()
        def answers = futures.collect { it.get() }
        pool.shutdown()

        then:
        answers.count { it.status == 303 } == 1
        answers.count { it.status == 409 } == 49
        ballots() == before + 1
        sql.one("SELECT count(*) FROM voter_pass p JOIN register_entry e ON e.id = p.entry_id WHERE e.round_id = ? AND e.status = 'VOTED'",
                { it.getInt(1) }, roundId()).get() == 0
    }
}
