package nl.wijkdeal.plan

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.mail.SendMail
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.PublicRounds
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.WebSession
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise

/**
 * The end of supporting and the haalbaarheidstoets, in the order a round lives them: too little
 * support at the start of the review, decisions prepared as drafts, published together (timeline,
 * mails, audit), and the ballot at the start of voting.
 */
@Stepwise
@MicronautTest(transactional = false)
class ReviewFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql
    @Inject SeedPlans seedPlans
    @Inject PublicRounds rounds
    @Inject SendMail sendMail

    @Shared long roundId
    @Shared Map<String, Long> plans = [:]

    TestRounds testRounds() {
        new TestRounds(context, http)
    }

    WebSession staff(String email, String password) {
        def b = new WebSession(http.toBlocking())
        assert b.logIn(email, password).status == 303
        b
    }

    List<String> events(long planId) {
        sql.list('SELECT kind FROM plan_event WHERE plan_id = ? ORDER BY id', { it.getString(1) }, planId)
    }

    /** Kept status mails about a plan, to its author and supporters. */
    int statusMails(String title) {
        sendMail.flush()
        sql.one("SELECT count(*) FROM mail_outbox WHERE kind = 'plan.status' AND body_text LIKE ?", { it.getInt(1) },
                '%' + title + '%').get()
    }

    def "supporting ends at the review: a plan under the threshold hears it has too little support"() {
        given:
        roundId = testRounds().create(Phase.CO_CREATION, [name: 'Toetsronde', supportThreshold: '2'])
        def round = rounds.find(roundId).get()
        [popular: 3, enough: 2, lonely: 0].each { name, supports ->
            plans[name] = seedPlans.seed(round, new SeedPlans.Seed("Toetsplan $name", 'Kort', 'Lang', 4_000, 'WK001406',
                    'Groen', null, 'Bewoner', true, supports))
        }

        when:
        testRounds().move(roundId, Phase.REVIEW)

        then:
        events(plans.lonely) == ['SUBMITTED', 'CONFIRMED', 'TOO_LITTLE_SUPPORT']
        events(plans.popular) == ['SUBMITTED', 'CONFIRMED', 'ENOUGH_SUPPORT']
        statusMails('Toetsplan lonely') == 1     // its author; it has no supporters
        new WebSession(http.toBlocking()).get("/plannen/${plans.lonely}").body.contains('Te weinig steun')
    }

    def "a decision is a draft with the form kept on a mistake; residents see nothing yet"() {
        given:
        def zuid = staff('zuid@wijkdeal.example', 'demo-zuid-2026')
        zuid.get("/beheer/rondes/$roundId/plannen")

        when: 'not feasible without a reason'
        def refused = zuid.post("/beheer/rondes/$roundId/plannen/${plans.popular}/besluit", [haalbaar: 'nee', reden: '', kosten: '9.500'])

        then:
        refused.status == 400
        refused.body.contains('Schrijf op waarom het plan niet haalbaar is.')
        refused.body.contains('value="9.500"')
        refused.body =~ /id="haalbaar-nee-${plans.popular}" name="haalbaar" value="nee" checked/

        when:
        def saved = zuid.post("/beheer/rondes/$roundId/plannen/${plans.popular}/besluit",
                [haalbaar: 'nee', reden: 'De grond is van de provincie, niet van de gemeente.', kosten: '9.500'])
        zuid.post("/beheer/rondes/$roundId/plannen/${plans.enough}/besluit", [haalbaar: 'ja', reden: '', kosten: '5.250', shortlist: 'ja'])
        zuid.post("/beheer/rondes/$roundId/plannen/${plans.lonely}/besluit", [haalbaar: 'ja', reden: '', kosten: '1.000'])
        def page = zuid.get("/beheer/rondes/$roundId/plannen")

        then:
        saved.status == 303
        page.body.contains('Publiceer 3 besluiten')
        page.body.contains('Concept, nog niet openbaar')
        !events(plans.popular).contains('NOT_FEASIBLE')
        !new WebSession(http.toBlocking()).get("/plannen/${plans.popular}").body.contains('provincie')
    }

    def "a wijkwethouder reads along but decides nothing"() {
        given:
        def wethouder = staff('wethouder.zuid@wijkdeal.example', 'demo-wethouder-2026')

        when:
        def page = wethouder.get("/beheer/rondes/$roundId/plannen")
        def post = wethouder.post("/beheer/rondes/$roundId/plannen/${plans.popular}/besluit", [haalbaar: 'ja', kosten: '1'])

        then:
        page.status == 200
        page.body.contains('Toetsplan popular')
        !page.body.contains('name="haalbaar"')
        !page.body.contains('Publiceer')
        post.status == 403
    }

    def "publishing makes every draft public at once: timeline with the reason, the gemeente's cost, mails, audit"() {
        given:
        def zuid = staff('zuid@wijkdeal.example', 'demo-zuid-2026')
        zuid.get("/beheer/rondes/$roundId/plannen")
        int mailsBefore = statusMails('Toetsplan popular')

        when:
        def published = zuid.post("/beheer/rondes/$roundId/plannen/publiceren", [:])
        def popular = new WebSession(http.toBlocking()).get("/plannen/${plans.popular}")
        def enough = new WebSession(http.toBlocking()).get("/plannen/${plans.enough}")

        then:
        published.status == 303
        published.location.endsWith('melding=gepubliceerd')
        events(plans.popular).last() == 'NOT_FEASIBLE'
        events(plans.enough).last() == 'FEASIBLE'
        popular.body.contains('Niet haalbaar')
        popular.body.contains('De grond is van de provincie, niet van de gemeente.')
        enough.body.contains('Kosten volgens de gemeente')
        enough.body.contains('€ 5.250')
        statusMails('Toetsplan popular') == mailsBefore + 4   // its author and its 3 supporters
        sql.one("SELECT count(*) FROM audit_entry WHERE action = 'plan.review.published' AND subject = ?",
                { it.getLong(1) }, "round:$roundId".toString()).get() == 1
        !zuid.get("/beheer/rondes/$roundId/plannen").body.contains('Publiceer')
    }

    def "voting opens: feasible plans on the shortlist go on the ballot, and only those"() {
        when:
        testRounds().move(roundId, Phase.VOTING)

        then:
        events(plans.enough).last() == 'ON_BALLOT'
        !events(plans.lonely).contains('ON_BALLOT')     // feasible, but there is a shortlist and it is not on it
        !events(plans.popular).contains('ON_BALLOT')
        new WebSession(http.toBlocking()).get("/plannen/${plans.enough}").body.contains('Op het stembiljet')
    }

    def "after voting opened, decisions can no longer change"() {
        given:
        def zuid = staff('zuid@wijkdeal.example', 'demo-zuid-2026')
        zuid.get("/beheer/rondes/$roundId/plannen")

        when:
        def late = zuid.post("/beheer/rondes/$roundId/plannen/${plans.popular}/besluit", [haalbaar: 'ja', kosten: '1'])

        then:
        late.status == 400
        late.body.contains('Besluiten kan in de fases samen verbeteren en beoordelen.')
    }
}
