package nl.wijkdeal.plan

import groovy.json.JsonSlurper
import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.WebSession
import spock.lang.Shared
import spock.lang.Specification

import java.time.Instant

/**
 * Comments, replies, reports and moderation end to end over HTTP, in demo mode (mail is kept in the
 * outbox, where this spec reads the links): a resident comments without an account and confirms by
 * mail; anyone reports; the gebiedsteam of the plan's gebied hides with a public reason, shows again
 * or dismisses, each in the audit log; other gebieden, the wijkwethouder and residents are refused.
 */
@MicronautTest(transactional = false)
class CommentFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject Sql sql
    @Inject ApplicationContext context
    @Inject SpamLimits spamLimits

    @Shared long roundId

    def setup() {
        if (roundId) {
            return
        }
        roundId = new TestRounds(context, http).create(Phase.IDEAS, [name: 'Reactieronde'])
    }

    TestPlans plans() {
        new TestPlans(context, http)
    }

    WebSession staff(String email, String password) {
        def s = new WebSession(http.toBlocking())
        assert s.logIn(email, password).status == 303
        s
    }

    WebSession zuid() {
        staff('zuid@wijkdeal.example', 'demo-zuid-2026')
    }

    def "a resident comments without an account; it goes live after the link in the mail, as text with its line breaks"() {
        given:
        long planId = plans().livePlan(roundId)
        def b = plans().resident()
        String email = TestPlans.address('bram')
        String text = 'Goed plan! <b>vet</b> & <script>alert("x")</script>\nTweede regel.'

        when:
        def sent = plans().comment(b, planId, [comment: text, shownName: 'Bram', email: email])

        then:
        sent.status == 303
        sent.location == "/plannen/$planId?melding=reactie-mail#reacties"
        b.get(sent.location).body.contains('We hebben je een mail gestuurd. Klik op de link in die mail, dan komt je reactie online.')
        !plans().resident().get("/plannen/$planId").body.contains('Tweede regel.')

        when:
        def mail = plans().mailTo(email)
        String confirm = TestPlans.link(mail.text, '/bevestigen/')
        def button = b.get(confirm)

        then: 'the subject names the round only; looking at the link changes nothing'
        mail.subject == 'Bevestig je reactie op een plan in Reactieronde'
        button.body.contains('Zet mijn reactie online')
        !plans().resident().get("/plannen/$planId").body.contains('Tweede regel.')

        when:
        def confirmed = b.post(confirm, [:])
        def page = plans().resident().get("/plannen/$planId").body

        then:
        confirmed.status == 303
        confirmed.location == "/plannen/$planId?melding=reactie-bevestigd#reacties"
        page.contains('1 reactie')
        page.contains('<strong>Bram</strong>')
        page.contains('Goed plan! &lt;b&gt;vet&lt;/b&gt; &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\nTweede regel.')
        !page.contains('<script>alert')
        !page.contains(email)

        when: 'an anonymous comment after it'
        plans().liveComment(planId, 'Ik doe mee.')
        page = plans().resident().get("/plannen/$planId").body

        then: 'oldest first'
        page.contains('2 reacties')
        page.contains('<strong>Anoniem</strong>')
        page.indexOf('Tweede regel.') < page.indexOf('Ik doe mee.')

        when: 'the link once more'
        def again = b.post(confirm, [:])

        then:
        again.body.contains('Deze link is al gebruikt')
    }

    def "a reply goes under its comment, one level deep; a reply to a reply is refused with the text kept"() {
        given:
        long planId = plans().livePlan(roundId)
        long first = plans().liveComment(planId, 'Waar komen de bankjes?')
        plans().liveComment(planId, 'Een tweede reactie.')

        when:
        long reply = plans().liveComment(planId, 'Bij de vijver.', [op: first])
        def page = plans().resident().get("/plannen/$planId").body
        def thread = page.substring(page.indexOf("id=\"reactie-$first\""))

        then: 'the reply is inside the first comment, before the second comment'
        thread.indexOf('comment-list--replies') < thread.indexOf('Bij de vijver.')
        thread.indexOf('Bij de vijver.') < thread.indexOf('Een tweede reactie.')
        hrefs(page).contains("/plannen/$planId/reageren?op=$first")
        !hrefs(page).contains("/plannen/$planId/reageren?op=$reply")
        hrefs(page).contains("/plannen/$planId/melden?reactie=$reply")

        when:
        def b = plans().resident()
        def form = b.get("/plannen/$planId/reageren?op=$reply")
        b.get("/plannen/$planId")   // a page with a form (the CSRF cookie): the post is forged by hand
        def refused = b.post("/plannen/$planId/reacties", [op: reply, comment: 'Antwoord op antwoord', email: TestPlans.address('x')])

        then:
        form.status == 200
        form.body.contains('Je kunt niet reageren op een antwoord.')
        !form.body.contains('name="comment"')
        refused.status == 400
        refused.body.contains('Je kunt niet reageren op een antwoord.')
        refused.body.contains('Antwoord op antwoord')
        sql.one('SELECT count(*) FROM plan_comment WHERE body = ?', { it.getLong(1) }, 'Antwoord op antwoord').get() == 0

        when: 'the database refuses it too'
        sql.update("""INSERT INTO plan_comment (plan_id, parent_id, author_id, body, form_key, submitted_at)
                      SELECT plan_id, id, author_id, 'diep', gen_random_uuid(), now() FROM plan_comment WHERE id = ?""", reply)

        then:
        def problem = thrown(Sql.DatabaseProblem)
        problem.sqlState() == '23503'
    }

    def "limits and mistakes: beside the field, the text kept, the limit shown; a double click is one comment"() {
        given:
        long planId = plans().livePlan(roundId)
        def b = plans().resident()
        def page = b.get("/plannen/$planId").body

        expect:
        page.contains('Hoogstens 2.000 tekens.')
        page.contains('maxlength="2000"')

        when:
        def tooLong = plans().comment(b, planId, [comment: 'a' * 2001, shownName: 'Kees', email: 'kees@'])
        def empty = plans().comment(b, planId, [comment: '   ', email: TestPlans.address('kees')])

        then:
        tooLong.status == 400
        tooLong.body.contains('Dit is te lang. Gebruik hoogstens 2.000 tekens.')
        tooLong.body.contains('Vul een geldig e-mailadres in')
        tooLong.body.contains('a' * 2001)
        tooLong.body.contains('value="Kees"')
        tooLong.body.contains('aria-invalid="true"')
        empty.status == 400
        empty.body.contains('Schrijf je reactie.')

        when: 'the same form twice'
        String key = (page =~ /name="formulier" value="([^"]+)"/)[0][1]
        def fields = [formulier: key, comment: 'Twee keer geklikt', email: TestPlans.address('dubbel')]
        def one = b.post("/plannen/$planId/reacties", fields)
        def two = b.post("/plannen/$planId/reacties", fields)

        then:
        [one.status, two.status] == [303, 303]
        sql.one('SELECT count(*) FROM plan_comment WHERE body = ?', { it.getLong(1) }, 'Twee keer geklikt').get() == 1
    }

    def "after co-creation the comments stay, read-only; a late post keeps what was typed"() {
        given:
        def rounds = new TestRounds(context, http)
        long other = rounds.create(Phase.IDEAS, [name: 'Gesloten ronde'])
        long planId = plans().livePlan(other)
        plans().liveComment(planId, 'Nog net op tijd.')
        def b = plans().resident()
        b.get("/plannen/$planId")
        rounds.move(other, Phase.REVIEW)

        when:
        def page = plans().resident().get("/plannen/$planId").body
        def late = b.post("/plannen/$planId/reacties", [comment: 'Te laat', email: TestPlans.address('laat')])

        then:
        page.contains('Nog net op tijd.')
        page.contains('Reageren kan niet meer.')
        !page.contains("action=\"/plannen/$planId/reacties\"")
        !hrefs(page).contains('/reageren?op=')
        hrefs(page).contains('/melden?reactie=')
        late.status == 400
        late.body.contains('Reageren kan nu niet meer in deze wijkdeal.')
        late.body.contains('Te laat')
    }

    def "anyone reports a plan or a comment without an account; it reaches the queue of that gebied only"() {
        given:
        long planId = plans().livePlan(roundId, 'Gemeld plan ' + UUID.randomUUID().toString().take(4))
        long commentId = plans().liveComment(planId, 'Koop nu goedkope horloges!')
        def b = plans().resident()

        when: 'no reason chosen'
        def form = b.get("/plannen/$planId/melden?reactie=$commentId")
        def refused = b.post("/plannen/$planId/melden", [reactie: commentId, toelichting: 'Reclame <i>hier</i>'])

        then:
        form.status == 200
        form.body.contains('Koop nu goedkope horloges!')
        form.body.contains('Reclame of spam')
        refused.status == 400
        refused.body.contains('Kies wat er mis is.')
        refused.body.contains('Reclame &lt;i&gt;hier&lt;/i&gt;')

        when:
        def reported = b.post("/plannen/$planId/melden", [reactie: commentId, reden: 'spam', toelichting: 'Reclame <i>hier</i>'])
        def plan = plans().resident()
        plan.get("/plannen/$planId/melden")
        def planReported = plan.post("/plannen/$planId/melden", [reden: 'off-topic'])

        then:
        reported.status == 303
        reported.location == "/plannen/$planId?melding=gemeld"
        planReported.status == 303
        b.get(reported.location).body.contains('Dank je wel voor je melding.')

        when:
        def queue = zuid().get('/beheer/gebieden/zuid/meldingen')
        def oostQueue = staff('oost@wijkdeal.example', 'demo-oost-2026').get('/beheer/gebieden/oost/meldingen')

        then:
        queue.status == 200
        queue.body.contains('Koop nu goedkope horloges!')
        queue.body.contains('Reclame of spam')
        queue.body.contains('Reclame &lt;i&gt;hier&lt;/i&gt;')
        queue.body.contains('Het gaat niet over de wijk of over dit plan')
        queue.body.contains("action=\"/beheer/reacties/$commentId/verbergen\"")
        queue.body.contains("action=\"/beheer/plannen/$planId/verbergen\"")
        oostQueue.status == 200
        !oostQueue.body.contains('Koop nu goedkope horloges!')

        and: 'the report keeps nothing about who sent it'
        sql.one("SELECT count(*) FROM information_schema.columns WHERE table_name = 'abuse_report' AND column_name IN ('ip', 'ip_address', 'email', 'participant_id')",
                { it.getLong(1) }).get() == 0
    }

    def "reports are limited per IP address, counted in the database"() {
        given:
        def now = Instant.now()
        String ip = "198.51.100.${new Random().nextInt(250) + 1}-${UUID.randomUUID()}"

        expect:
        (1..SpamLimits.REPORTS_PER_IP).every { spamLimits.allowReport(ip, now) }
        !spamLimits.allowReport(ip, now)
        spamLimits.allowReport(ip + 'x', now)
    }

    def "the gebiedsteam hides a comment with a public reason and shows it again; both in the audit log"() {
        given:
        long planId = plans().livePlan(roundId)
        long commentId = plans().liveComment(planId, 'Jan van nummer 12 is een oplichter.')
        long reply = plans().liveComment(planId, 'Dat mag je niet zeggen.', [op: commentId])
        def reporter = plans().resident()
        reporter.get("/plannen/$planId/melden?reactie=$commentId")
        reporter.post("/plannen/$planId/melden", [reactie: commentId, reden: 'privacy'])
        def team = zuid()
        team.get('/beheer/gebieden/zuid/meldingen')

        when: 'no reason'
        def refused = team.post("/beheer/reacties/$commentId/verbergen", [reden: ' '])

        then:
        refused.status == 400
        refused.body.contains('Schrijf op waarom je dit verbergt.')
        refused.body.contains("id=\"reden-reactie-$commentId-error\"")
        plans().resident().get("/plannen/$planId").body.contains('Jan van nummer 12')

        when:
        def hidden = team.post("/beheer/reacties/$commentId/verbergen", [reden: 'er persoonlijke gegevens in stonden.'])
        def page = plans().resident().get("/plannen/$planId").body

        then:
        hidden.status == 303
        hidden.location == '/beheer/gebieden/zuid/meldingen?melding=verborgen'
        page.contains('Verborgen door het gebiedsteam omdat er persoonlijke gegevens in stonden.')
        !page.contains('Jan van nummer 12')
        page.contains('Dat mag je niet zeggen.')                       // the reply stays
        !hrefs(page).contains("/plannen/$planId/reageren?op=$commentId")      // no new replies to it
        !hrefs(page).contains("/plannen/$planId/melden?reactie=$commentId")
        plans().resident().get("/plannen/$planId/melden?reactie=$commentId").status == 404
        !team.get('/beheer/gebieden/zuid/meldingen?melding=verborgen').body.contains("id=\"reactie-$commentId\"")
        audit('comment:' + commentId) == [['moderation.hidden', 'zuid', [reports: '1']]]

        when:
        def shown = team.post("/beheer/reacties/$commentId/tonen", [:])

        then:
        shown.status == 303
        plans().resident().get("/plannen/$planId").body.contains('Jan van nummer 12')
        audit('comment:' + commentId)*.take(2) == [['moderation.hidden', 'zuid'], ['moderation.shown', 'zuid']]
        auditDetails('comment:' + commentId).every { !it.contains('Jan') && !it.contains('persoonlijke') }
    }

    def "a hidden plan leaves the list and the API; its page says why, and its timeline shows it"() {
        given:
        String title = 'Verborgen plan ' + UUID.randomUUID().toString().take(4)
        long planId = plans().livePlan(roundId, title)
        def team = zuid()
        team.get('/beheer/gebieden/zuid/meldingen')

        when:
        def hidden = team.post("/beheer/plannen/$planId/verbergen", [reden: 'het een advertentie is.'])
        def page = plans().resident().get("/plannen/$planId")

        then: 'hidden without a report too (the gebiedsteam saw it itself)'
        hidden.status == 303
        page.status == 200
        page.body.contains('Dit plan is verborgen')
        page.body.contains('Verborgen door het gebiedsteam omdat het een advertentie is.')
        !page.body.contains(title)
        !list().contains(title)
        apiStatus("/api/v1/plans/$planId") == 404
        !new JsonSlurper().parseText(http.toBlocking().retrieve("/api/v1/rounds/$roundId/plans"))*.id.contains(planId)
        plans().resident().get("/plannen/$planId/melden").status == 404
        team.get('/beheer/gebieden/zuid/meldingen').body.contains('Verborgen door het gebiedsteam omdat het een advertentie is.')

        when:
        team.post("/beheer/plannen/$planId/tonen", [:])
        def json = new JsonSlurper().parseText(http.toBlocking().retrieve("/api/v1/plans/$planId"))

        then:
        list().contains(title)
        json.history*.status == ['submitted', 'confirmed', 'hidden', 'shown']
        json.history[2].note == 'het een advertentie is.'
        plans().resident().get("/plannen/$planId").body.contains('Weer zichtbaar gemaakt door het gebiedsteam')
        audit('plan:' + planId)*.take(2) == [['moderation.hidden', 'zuid'], ['moderation.shown', 'zuid']]
    }

    def "dismissing reports leaves the text and empties the queue"() {
        given:
        long planId = plans().livePlan(roundId)
        long commentId = plans().liveComment(planId, 'Ik vind het een slecht plan.')
        2.times {
            def r = plans().resident()
            r.get("/plannen/$planId/melden?reactie=$commentId")
            assert r.post("/plannen/$planId/melden", [reactie: commentId, reden: 'offensive']).status == 303
        }
        def team = zuid()

        expect:
        team.get('/beheer/gebieden/zuid/meldingen').body.contains('2 meldingen')

        when:
        def dismissed = team.post("/beheer/reacties/$commentId/afwijzen", [:])

        then:
        dismissed.location == '/beheer/gebieden/zuid/meldingen?melding=afgewezen'
        !team.get('/beheer/gebieden/zuid/meldingen').body.contains("id=\"reactie-$commentId\"")
        plans().resident().get("/plannen/$planId").body.contains('Ik vind het een slecht plan.')
        audit('comment:' + commentId) == [['moderation.dismissed', 'zuid', ['reports': '2']]]
        sql.one("SELECT count(*) FROM abuse_report WHERE comment_id = ? AND state = 'DISMISSED' AND handled_by IS NOT NULL",
                { it.getLong(1) }, commentId).get() == 2
    }

    def "another gebied's team, the wijkwethouder and residents may not moderate; nothing changes"() {
        given:
        long planId = plans().livePlan(roundId)
        long commentId = plans().liveComment(planId, 'Blijft gewoon staan.')
        def oost = staff('oost@wijkdeal.example', 'demo-oost-2026')
        oost.get('/beheer/gebieden/oost/meldingen')
        def wethouder = staff('wethouder.zuid@wijkdeal.example', 'demo-wethouder-2026')
        def resident = plans().resident()
        resident.get("/plannen/$planId")

        expect:
        oost.post("/beheer/reacties/$commentId/verbergen", [reden: 'zomaar']).status == 403
        oost.post("/beheer/plannen/$planId/verbergen", [reden: 'zomaar']).status == 403
        oost.get('/beheer/gebieden/zuid/meldingen').status == 403
        wethouder.get('/beheer/gebieden/zuid/meldingen').status == 403
        resident.post("/beheer/plannen/$planId/verbergen", [reden: 'zomaar']).location.startsWith('/beheer/inloggen')
        resident.get('/beheer/gebieden/zuid/meldingen').location.startsWith('/beheer/inloggen')
        plans().resident().get("/plannen/$planId").body.contains('Blijft gewoon staan.')
        audit('plan:' + planId).isEmpty()
        audit('comment:' + commentId).isEmpty()
    }

    /** The page with its attribute values as a browser reads them (Handlebars writes = as &#x3D;). */
    static String hrefs(String page) {
        page.replace('&#x3D;', '=')
    }

    List<String> list() {
        def page = plans().resident().get("/rondes/$roundId/plannen")
        (page.body =~ /<h3 class="card__title"><a href="\/plannen\/\d+">([^<]+)<\/a>/).collect { it[1] as String }
    }

    int apiStatus(String path) {
        try {
            http.toBlocking().retrieve(path)
            200
        } catch (HttpClientResponseException e) {
            e.status.code
        }
    }

    /** [action, gebied, details] of the audit entries about a subject, in order */
    List<List> audit(String subject) {
        sql.list('SELECT action, area_code, details::text FROM audit_entry WHERE subject = ? ORDER BY seq',
                { [it.getString(1), it.getString(2), new JsonSlurper().parseText(it.getString(3))] }, subject)
    }

    List<String> auditDetails(String subject) {
        sql.list('SELECT details::text FROM audit_entry WHERE subject = ?', { it.getString(1) }, subject)
    }
}
