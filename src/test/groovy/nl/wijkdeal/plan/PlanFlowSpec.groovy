package nl.wijkdeal.plan

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import io.micronaut.context.ApplicationContext
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.WebSession
import spock.lang.Shared
import spock.lang.Specification

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * A resident's plan end to end over HTTP, in demo mode (mail is kept in the outbox, where this spec
 * reads it and follows its links): submit without an account, confirm by mail, support, reach the
 * threshold, change it with the personal link; and every mistake on the way.
 */
@MicronautTest(transactional = false)
class PlanFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject Sql sql
    @Inject ApplicationContext context

    @Shared long roundId

    def setup() {
        if (roundId) {
            return
        }
        roundId = rounds().create(Phase.IDEAS, [name: 'Plannenronde', supportThreshold: '2'])
    }

    TestRounds rounds() {
        new TestRounds(context, http)
    }

    static String address(String who) {
        TestPlans.address(who)
    }

    static Map<String, Object> plan(Map changes = [:]) {
        Map<String, Object> fields = [title: 'Bankjes bij de vijver ' + UUID.randomUUID().toString().take(4),
                                      summary: 'Drie bankjes om even te rusten.', description: 'Veel ouderen lopen hier.\nZe willen zitten.',
                                      cost: '2.500', wijk: 'WK001406', theme: 'Groen', location: 'Wijertpark', shownName: 'Anna',
                                      email: address('anna')]
        fields.putAll(changes)
        fields
    }

    WebSession resident() {
        new WebSession(http.toBlocking())
    }

    /** Opens the form (for its hidden key) and submits it. */
    Map submit(WebSession b, Map fields) {
        def form = b.get("/rondes/$roundId/plannen/nieuw")
        String key = (form.body =~ /name="formulier" value="([^"]+)"/)[0][1]
        b.post("/rondes/$roundId/plannen", [formulier: key] + fields)
    }

    /** The newest kept mail to this address: [subject, text] */
    Map mailTo(String email) {
        new TestPlans(context, http).mailTo(email)
    }

    /** The local path of the absolute link in a mail that contains {@code part}. */
    static String link(String text, String part) {
        TestPlans.link(text, part)
    }

    long planId(String title) {
        sql.one('SELECT id FROM plan WHERE title = ?', { it.getLong(1) }, title).orElseThrow()
    }

    def "a resident submits without an account; the plan goes live after the link in the mail"() {
        given:
        def b = resident()
        def fields = plan()

        when:
        def answer = submit(b, fields)
        long id = planId(fields.title)

        then:
        answer.status == 303
        answer.location == "/rondes/$roundId/plannen/ingediend"
        b.get(answer.location).body.contains('Kijk in je mail')
        resident().get("/plannen/$id").status == 404

        when:
        def mail = mailTo(fields.email)
        String confirm = link(mail.text, '/bevestigen/')
        def page = b.get(confirm)

        then:
        mail.subject == 'Bevestig je plan voor Plannenronde'
        mail.text.contains(fields.title)
        mail.text.contains('/plannen/' + id + '/bewerken/')
        page.status == 200
        page.body.contains('Zet mijn plan online')
        resident().get("/plannen/$id").status == 404   // looking at the link confirms nothing

        when:
        def confirmed = b.post(confirm, [:])
        def shown = resident().get("/plannen/$id")

        then:
        confirmed.status == 303
        confirmed.location == "/plannen/$id?melding=plan-bevestigd"
        shown.status == 200
        shown.body.contains(fields.title)
        shown.body.contains('Veel ouderen lopen hier.\nZe willen zitten.')
        shown.body.contains('€ 2.500')
        shown.body.contains('Anna')
        !shown.body.contains(fields.email)
        shown.body.contains('Nog 2 steunbetuigingen nodig')
        shown.body.contains('Ingediend') && shown.body.contains('Bevestigd en online gezet')

        when: 'the link again'
        def again = b.post(confirm, [:])

        then:
        again.status == 200
        again.body.contains('Deze link is al gebruikt')
    }

    def "bad input: every mistake beside its field, everything typed kept, nothing saved"() {
        given:
        def b = resident()
        def fields = plan(title: '', cost: '25.000,01', email: 'anna@', description: '<script>alert("x")</script>')

        when:
        def answer = submit(b, fields)

        then:
        answer.status == 400
        answer.body.contains('Vul een titel in.')
        answer.body.contains('Dit is meer dan het hele budget van de wijk.')
        answer.body.contains('Vul een geldig e-mailadres in')
        answer.body.contains('value="25.000,01"')
        answer.body.contains('value="anna@"')
        answer.body.contains('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
        !answer.body.contains('<script>alert')
        answer.body.contains('value="Wijertpark"')
        sql.one('SELECT count(*) FROM plan WHERE location = ? AND title = ?', { it.getLong(1) }, 'Wijertpark', '').get() == 0
    }

    def "a double click is one plan; the same title again from the same address is refused"() {
        given:
        def b = resident()
        def fields = plan()
        def form = b.get("/rondes/$roundId/plannen/nieuw")
        String key = (form.body =~ /name="formulier" value="([^"]+)"/)[0][1]

        when:
        def first = b.post("/rondes/$roundId/plannen", [formulier: key] + fields)
        def second = b.post("/rondes/$roundId/plannen", [formulier: key] + fields)
        def third = submit(b, fields)

        then:
        first.status == 303
        second.status == 303
        sql.one('SELECT count(*) FROM plan WHERE title = ?', { it.getLong(1) }, fields.title).get() == 1
        third.status == 400
        third.body.contains('Je hebt al een plan met deze titel ingediend.')
    }

    def "supports count once per confirmed address; the one that reaches the threshold marks it once, even racing"() {
        given: 'a live plan'
        def fields = plan()
        def b = resident()
        submit(b, fields)
        b.post(link(mailTo(fields.email).text, '/bevestigen/'), [:])
        long id = planId(fields.title)

        when: 'two residents ask to support it'
        def supporters = [address('piet'), address('fatima')]
        def asked = supporters.collect { email ->
            def s = resident()
            s.get("/plannen/$id")
            s.post("/plannen/$id/steunen", [email: email])
        }

        then: 'nothing counts before the links are followed'
        asked*.status == [303, 303]
        asked*.location.every { it == "/plannen/$id?melding=steun-mail" }
        sql.one('SELECT supports FROM plan WHERE id = ?', { it.getInt(1) }, id).get() == 0

        when: 'both confirm at the same moment'
        def links = supporters.collect { link(mailTo(it).text, '/bevestigen/') }
        def sessions = links.collect { l -> def s = resident(); s.get(l); s }
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(2)
        def results = [0, 1].collect { i -> pool.submit({ start.await(); sessions[i].post(links[i], [:]).status } as Callable) }
        start.countDown()
        def statuses = results*.get()
        pool.shutdown()

        then:
        statuses == [303, 303]
        sql.one('SELECT supports FROM plan WHERE id = ?', { it.getInt(1) }, id).get() == 2
        sql.one("SELECT count(*) FROM plan_event WHERE plan_id = ? AND kind = 'ENOUGH_SUPPORT'", { it.getLong(1) }, id).get() == 1
        resident().get("/plannen/$id").body.contains('Dit plan heeft genoeg steun')

        when: 'the same address once more'
        def s = resident()
        s.get("/plannen/$id")
        def twice = s.post("/plannen/$id/steunen", [email: supporters[0].toUpperCase()])

        then:
        twice.status == 400
        twice.body.contains('Met dit e-mailadres is dit plan al gesteund.')
        twice.body.contains(supporters[0].toUpperCase())
    }

    def "the author changes the plan with the personal link: a new version, kept with the old one"() {
        given:
        def fields = plan()
        def b = resident()
        submit(b, fields)
        String text = mailTo(fields.email).text
        b.post(link(text, '/bevestigen/'), [:])
        long id = planId(fields.title)
        String edit = link(text, '/bewerken/')

        when:
        def form = b.get(edit)
        def saved = b.post(edit, [versie: '1', title: fields.title, summary: 'Vier bankjes, want er is veel animo.',
                                  description: fields.description, cost: '3.000', wijk: 'WK001406', theme: 'Groen', location: ''])

        then:
        form.status == 200
        form.body.contains('value="2500"')
        saved.status == 303
        resident().get("/plannen/$id").body.contains('Vier bankjes')
        sql.list('SELECT version, summary, cost_cents FROM plan_version WHERE plan_id = ? ORDER BY version',
                { [it.getInt(1), it.getString(2), it.getLong(3)] }, id) ==
                [[1, 'Drie bankjes om even te rusten.', 250_000L], [2, 'Vier bankjes, want er is veel animo.', 300_000L]]

        when: 'anyone looks at what changed'
        def history = resident().get("/plannen/$id/versies")

        then:
        resident().get("/plannen/$id").body.contains('Bekijk alle versies (2)')
        history.body.contains('Versie 2')
        history.body.contains('<del><span class="visually-hidden">[weggehaald: </span>Drie<span class="visually-hidden">]</span></del>')
        history.body.contains('[weggehaald: </span>2.500')
        history.body.contains('[toegevoegd: </span>3.000')

        when: 'a save from an old tab (still version 1)'
        def stale = b.post(edit, [versie: '1', title: fields.title, summary: 'Vijf bankjes', description: fields.description,
                                  cost: '3.000', wijk: 'WK001406', theme: 'Groen'])

        then:
        stale.status == 400
        stale.body.contains('Je plan is intussen ergens anders aangepast.')
        stale.body.contains('Vijf bankjes')

        when: 'someone guesses at edit links'
        def guessed = b.get("/plannen/$id/bewerken/" + 'A' * 43)

        then:
        guessed.status == 410
        guessed.body.contains('Aanpassen kan niet (meer)')
    }

    def "expired and unknown links say so"() {
        given:
        def fields = plan()
        def b = resident()
        submit(b, fields)
        String confirm = link(mailTo(fields.email).text, '/bevestigen/')
        sql.update("UPDATE email_link SET expires_at = now() - interval '1 minute' WHERE plan_id = ? AND purpose = 'CONFIRM_PLAN'",
                planId(fields.title))

        expect:
        b.get(confirm).status == 410
        b.get(confirm).body.contains('Deze link werkt niet meer')
        b.post(confirm, [:]).status == 410
        b.get('/bevestigen/niet-een-echte-link').status == 404
    }

    def "outside the ideas phase the form says when plans are welcome, and a post keeps what was typed"() {
        given:
        long other = rounds().create(Phase.IDEAS, [name: 'Latere ronde'])
        def b = resident()
        def form = b.get("/rondes/$other/plannen/nieuw")
        rounds().move(other, Phase.CO_CREATION)

        when:
        def late = b.post("/rondes/$other/plannen", plan(title: 'Te laat'))

        then:
        form.body.contains('name="title"')
        late.status == 400
        late.body.contains('Je kunt nu geen plannen indienen in deze wijkdeal.')
        late.body.contains('Te laat')
        b.get("/rondes/$other/plannen/nieuw").body.contains('Je kunt nu geen plannen indienen.')
    }

    def "the list filters by wijk, theme, support and text, keeps a visitor's shuffle, and the API answers the same"() {
        given: 'three live plans'
        def b = resident()
        def made = [plan(title: 'Zoekplan boom', wijk: 'WK001406', theme: 'Groen'),
                    plan(title: 'Zoekplan drempel', wijk: 'WK001405', theme: 'Verkeer', description: 'Een boom erbij.'),
                    plan(title: 'Zoekplan bank', wijk: 'WK001405', theme: 'Groen')]
        made.each { submit(b, it); b.post(link(mailTo(it.email).text, '/bevestigen/'), [:]) }

        expect:
        titles("wijk=WK001405&zoek=Zoekplan") == ['Zoekplan bank', 'Zoekplan drempel'] as Set
        titles("thema=Groen&zoek=Zoekplan") == ['Zoekplan boom', 'Zoekplan bank'] as Set
        titles("zoek=boom") == ['Zoekplan boom', 'Zoekplan drempel'] as Set
        titles("zoek=zoekPLAN%25") == [] as Set           // % is a character, not a wildcard
        titles("steun=genoeg&zoek=Zoekplan") == [] as Set
        order("zaad=42&zoek=Zoekplan") == order("zaad=42&zoek=Zoekplan")
        [1, 2, 3, 4, 5, 6, 7, 8].collect { order("zaad=$it&zoek=Zoekplan") }.toSet().size() > 1
        api("wijk=WK001405&zoek=Zoekplan")*.title.toSet() == ['Zoekplan bank', 'Zoekplan drempel'] as Set
        api("zoek=Zoekplan").every { !it.containsKey('email') && it.costCents == 250_000 }
    }

    def "one plan in the API, with its history; an unconfirmed plan is not there"() {
        given:
        def fields = plan()
        def b = resident()
        submit(b, fields)
        long id = planId(fields.title)

        when:
        http.toBlocking().retrieve("/api/v1/plans/$id")

        then:
        def missing = thrown(io.micronaut.http.client.exceptions.HttpClientResponseException)
        missing.status.code == 404
        missing.response.contentType.get().toString() == 'application/problem+json'

        when:
        b.post(link(mailTo(fields.email).text, '/bevestigen/'), [:])
        def json = new groovy.json.JsonSlurper().parseText(http.toBlocking().retrieve("/api/v1/plans/$id"))

        then:
        json.title == fields.title
        json.author == 'Anna'
        json.history*.status == ['submitted', 'confirmed']
        !json.toString().contains(fields.email)
    }

    Set<String> titles(String query) {
        order(query).toSet()
    }

    List<String> order(String query) {
        def page = resident().get("/rondes/$roundId/plannen?$query")
        assert page.status == 200
        (page.body =~ /<h3 class="card__title"><a href="\/plannen\/\d+">([^<]+)<\/a>/).collect { it[1] }
    }

    List<Map> api(String query) {
        new groovy.json.JsonSlurper().parseText(http.toBlocking().retrieve("/api/v1/rounds/$roundId/plans?$query")) as List<Map>
    }
}
