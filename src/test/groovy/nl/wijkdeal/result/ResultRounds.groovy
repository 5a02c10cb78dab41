package nl.wijkdeal.result

import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException
import nl.wijkdeal.database.Sql
import nl.wijkdeal.plan.SeedPlans
import nl.wijkdeal.register.TestRegister
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.Round
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.CreateStaffAccount
import nl.wijkdeal.staff.WebSession

import java.security.MessageDigest

/**
 * Rounds for the specs of results: a round in zuid that is voting, plans on the ballots of both its
 * wijken (Helpman e.o. WK001406, residents at 9722AB; Zuidoost WK001405, residents at 9720AB), and
 * residents who vote through the pages as a browser does. Every spec makes its own rounds: the
 * database is shared with the demo data and with the other specs.
 */
class ResultRounds {

    public static final String HELPMAN = 'WK001406'
    public static final String ZUIDOOST = 'WK001405'
    public static final List<String> GEBIEDSTEAM = ['zuid@wijkdeal.example', 'demo-zuid-2026']
    public static final List<String> WETHOUDER = ['wethouder.zuid@wijkdeal.example', 'demo-wethouder-2026']
    public static final List<String> WETHOUDER_OOST = ['wethouder.oost@wijkdeal.example', 'demo-wethouder-2026']
    public static final List<String> ADMIN = ['beheer@wijkdeal.example', 'demo-beheer-2026']
    public static final List<String> BALIE = ['balie.zuid@wijkdeal.example', 'demo-balie-2026']

    final ApplicationContext context
    final HttpClient http

    ResultRounds(ApplicationContext context, HttpClient http) {
        this.context = context
        this.http = http
    }

    /**
     * A voting round with plans per wijk at these costs (euros, "4.000") and residents per postcode.
     *
     * @return [round: Round, plans: [wijk: [plan ids in the order of costs]], codes: [name: code]];
     *         residents are named "Bewoner &lt;postcode&gt; &lt;n&gt;"
     */
    Map voting(Map<String, Object> changes, Map<String, List<String>> costs, Map<String, Integer> residents) {
        long roundId = new TestRounds(context, http).create(Phase.VOTING,
                [route: ['stemcode', 'address', 'counter'], supportThreshold: '0'] + changes)
        def register = new TestRegister(context, http)
        Round round = register.reload(roundId)
        def seeds = context.getBean(SeedPlans)
        Map<String, List<Long>> plans = costs.collectEntries { String wijk, List<String> list ->
            [wijk, list.withIndex().collect { String cost, int i ->
                seeds.seed(round, new SeedPlans.Seed("Uitslagplan $roundId-$wijk-$i", 'Een korte samenvatting.',
                        'Wat we willen doen.', cost.replace('.', '') as long, wijk, 'Groen', null, 'Auteur', true, 0, true, null))
            }]
        }
        byte[] file = TestRegister.file(residents.collectMany { String postcode, Integer n ->
            (1..n).collect { TestRegister.row(postcode, it, '1980-01-01') }
        })
        register.importFile(round, file)
        [round: round, plans: plans, codes: register.issue(round, file)]
    }

    static String name(String postcode, int n) {
        "Bewoner $postcode $n"
    }

    /** A resident's browser: checked in with their code, the ballot page fetched; [session, receipt]. */
    Map ballotOpen(Map voting, String name) {
        long id = voting.round.id()
        def b = new WebSession(http.toBlocking())
        b.get("/rondes/$id/stemmen")
        def checkIn = b.post("/rondes/$id/stemmen/code", [code: voting.codes[name]])
        assert checkIn.status == 303: checkIn.body
        def page = b.get("/rondes/$id/stemmen/stembiljet")
        assert page.status == 200
        [session: b, receipt: receiptOn(page)]
    }

    /** Sends an open ballot with these form fields; [status, body, location]. */
    static Map send(Map open, long roundId, Map<String, Object> choices) {
        (open.session as WebSession).post("/rondes/$roundId/stemmen/versturen", choices + [ontvangstbewijs: open.receipt])
    }

    /** Votes online and checks the "gelukt" page shows the receipt. @return the receipt */
    String vote(Map voting, String name, Map<String, Object> choices) {
        long id = voting.round.id()
        def open = ballotOpen(voting, name)
        def sent = send(open, id, choices)
        assert sent.status == 303: sent.body
        assert sent.location == "/rondes/$id/stemmen/gelukt"
        assert (open.session as WebSession).get(sent.location).body.contains(open.receipt as String)
        open.receipt
    }

    /** Votes on the counter's device with the resident's code (channel COUNTER). @return the receipt */
    String voteAtCounter(Map voting, String name, Map<String, Object> choices) {
        long id = voting.round.id()
        def desk = staff(BALIE, "/beheer/rondes/$id/balie")
        def handed = desk.post("/beheer/rondes/$id/balie/stemmen", [route: 'code', code: voting.codes[name]])
        assert handed.status == 303: handed.body
        String receipt = receiptOn(desk.get(handed.location))
        def sent = desk.post("/rondes/$id/stemmen/versturen", choices + [ontvangstbewijs: receipt])
        assert sent.status == 303: sent.body
        receipt
    }

    /** Staff enter a paper ballot of the resident at 9722 AB {@code number} (channel PAPER). @return the receipt */
    String voteOnPaper(Map voting, int number, Map<String, Object> choices) {
        long id = voting.round.id()
        def desk = staff(BALIE, "/beheer/rondes/$id/balie")
        def entry = desk.post("/beheer/rondes/$id/balie/papier",
                [route: 'adres', postcode: '9722 AB', huisnummer: "$number", dag: '1', maand: '1', jaar: '1980'])
        assert entry.status == 303: entry.body
        String receipt = receiptOn(desk.get(entry.location))
        def sent = desk.post("/rondes/$id/stemmen/versturen", choices + [ontvangstbewijs: receipt])
        assert sent.status == 303: sent.body
        receipt
    }

    /**
     * A staff member's browser, logged in, with a CSRF token from {@code page}. The wijkwethouder of
     * Oost is not among the demo staff (yet): made here, with the password the demo gives wethouders.
     */
    WebSession staff(List<String> login, String page) {
        if (login == WETHOUDER_OOST) {
            def made = context.getBean(CreateStaffAccount).create(
                    new CreateStaffAccount.Request(login[0], 'Wethouder Oost', 'wijkwethouder', ['oost']), null, login[1])
            assert made instanceof CreateStaffAccount.Created || made.errors() == [email: 'staff.error.emailTaken']: made
        }
        def s = new WebSession(http.toBlocking())
        assert s.logIn(login[0], login[1]).status == 303
        s.get(page)
        assert s.lastCsrf
        s
    }

    /** The gebiedsteam closes the vote by hand ("volgende fase" while voting). */
    Map close(long roundId) {
        def zuid = staff(GEBIEDSTEAM, "/beheer/rondes/$roundId")
        zuid.post("/beheer/rondes/$roundId/volgende-fase", [:])
    }

    /** The wijkwethouder adopts a wijk's result as counted and publishes it now. */
    void adoptAndPublish(long roundId, String wijk) {
        def wethouder = staff(WETHOUDER, "/beheer/rondes/$roundId/uitslag/$wijk")
        def adopted = wethouder.post("/beheer/rondes/$roundId/uitslag/$wijk/vaststellen", [toelichting: ''])
        assert adopted.status == 303 && adopted.location.endsWith('melding=vastgesteld'): adopted
        wethouder.get(adopted.location)
        def published = wethouder.post("/beheer/rondes/$roundId/uitslag/$wijk/publiceren", [wanneer: 'nu'])
        assert published.status == 303 && published.location.endsWith('melding=gepubliceerd'): published
    }

    /** A GET without a session, as anyone would: status, content type, bytes and text. */
    Map fetch(String path, String accept = null) {
        try {
            def request = HttpRequest.GET(path)
            if (accept) {
                request.header('Accept', accept)
            }
            def response = http.toBlocking().exchange(request, byte[])
            answer(response.status.code, response.contentType.map { it.toString() }.orElse(''), response.body() ?: new byte[0])
        } catch (HttpClientResponseException e) {
            answer(e.status.code, e.response.contentType.map { it.toString() }.orElse(''), e.response.getBody(byte[]).orElse(new byte[0]))
        }
    }

    private static Map answer(int status, String type, byte[] bytes) {
        [status: status, type: type, bytes: bytes, text: new String(bytes, 'UTF-8')]
    }

    static String receiptOn(Map page) {
        (page.body =~ /name="ontvangstbewijs" value="([^"]+)"/)[0][1]
    }

    /** The SHA-256 of a receipt as printed (the 16 data characters; see ballot.ReceiptCode), lowercase hex. */
    static String receiptHash(String grouped) {
        MessageDigest.getInstance('SHA-256').digest(grouped.replace('-', '')[0..15].getBytes('US-ASCII')).encodeHex().toString()
    }

    static Map<String, Object> result(Sql sql, long roundId, String wijk) {
        sql.one('''SELECT ballots, online, counter, paper, eligible, status, computed_selected, adopted_selected,
                          rule::text, receipts_file, ballots_file, adopted_at, publish_at, published_at
                   FROM result WHERE round_id = ? AND wijk_code = ?''', { rs ->
            [ballots          : rs.getInt(1), online: rs.getInt(2), counter: rs.getInt(3), paper: rs.getInt(4),
             eligible         : rs.getObject(5), status: rs.getString(6),
             computed_selected: (rs.getArray(7).array as Long[]).toList(),
             adopted_selected : rs.getArray(8) == null ? null : (rs.getArray(8).array as Long[]).toList(),
             rule             : rs.getString(9), receipts_file: rs.getString(10), ballots_file: rs.getString(11),
             adopted_at       : rs.getObject(12), publish_at: rs.getObject(13), published_at: rs.getObject(14)]
        }, roundId, wijk).orElse(null)
    }

    static java.time.Instant instant(Object timestamptz) {
        timestamptz instanceof java.sql.Timestamp ? timestamptz.toInstant() : (timestamptz as java.time.OffsetDateTime).toInstant()
    }

    static int audits(Sql sql, String action, String subject) {
        sql.one('SELECT count(*) FROM audit_entry WHERE action = ? AND subject = ?', { it.getInt(1) }, action, subject).get()
    }

    static int ballotRows(Sql sql, long roundId, String wijk) {
        sql.one('SELECT count(*) FROM ballot WHERE round_id = ? AND wijk_code = ?', { it.getInt(1) }, roundId, wijk).get()
    }

    static String phase(Sql sql, long roundId) {
        sql.one('SELECT phase FROM round WHERE id = ?', { it.getString(1) }, roundId).get()
    }
}
