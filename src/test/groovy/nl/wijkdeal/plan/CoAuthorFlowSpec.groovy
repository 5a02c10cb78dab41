package nl.wijkdeal.plan

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.WebSession
import spock.lang.Specification

/** Writing a plan together: an invitation link from the author, a confirmed co-author with an edit link of their own. */
@MicronautTest(transactional = false)
class CoAuthorFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql

    def "the author invites, the invitee confirms, becomes co-author and edits under their own name"() {
        given: 'a live plan and its author with the edit link'
        def plans = new TestPlans(context, http)
        long roundId = new TestRounds(context, http).create(Phase.IDEAS, [name: 'Samenschrijfronde'])
        String title = 'Samen ' + UUID.randomUUID().toString().take(6)
        long planId = plans.livePlan(roundId, title)
        String authorEmail = sql.one('SELECT pa.email FROM participant pa JOIN plan p ON p.author_id = pa.id WHERE p.id = ?',
                { it.getString(1) }, planId).get()
        String edit = TestPlans.link(plans.mailTo(authorEmail).text, '/bewerken/')
        def author = new WebSession(http.toBlocking())
        author.get(edit)

        when: 'the author makes an invitation'
        def invited = author.post(edit + '/uitnodigen', [:])
        String invitation = new URI((invited.body =~ /<span class="secret" id="uitnodiging">([^<]+)</)[0][1] as String).path

        then:
        invited.status == 200
        invited.body.contains('Stuur deze link naar de persoon')

        when: 'the invitee opens it and makes a mistake'
        def invitee = new WebSession(http.toBlocking())
        def page = invitee.get(invitation)
        def wrong = invitee.post(invitation, [shownName: 'Piet', email: 'piet@'])

        then:
        page.status == 200
        page.body.contains(title)
        wrong.status == 400
        wrong.body.contains('Vul een geldig e-mailadres in')
        wrong.body.contains('value="Piet"')

        when: 'then right; the invitation is used up'
        String pietEmail = TestPlans.address('piet')
        def accepted = invitee.post(invitation, [shownName: 'Piet', email: pietEmail])
        def again = new WebSession(http.toBlocking()).get(invitation)

        then:
        accepted.status == 303
        invitee.get(accepted.location).body.contains('Klik op de link in die mail, dan ben je mede-indiener.')
        again.status == 410

        when: 'Piet confirms by the link in the mail'
        String confirm = TestPlans.link(plans.mailTo(pietEmail).text, '/bevestigen/')
        invitee.get(confirm)
        def confirmed = invitee.post(confirm, [:])
        def welcome = plans.mailTo(pietEmail)
        String pietEdit = TestPlans.link(welcome.text, '/bewerken/')

        then:
        confirmed.status == 303
        confirmed.location == "/plannen/$planId?melding=mede-indiener"
        new WebSession(http.toBlocking()).get("/plannen/$planId").body.contains('Auteur, Piet')
        welcome.subject == 'Je schrijft mee aan een plan in Samenschrijfronde'
        pietEdit != edit

        when: 'Piet changes the plan with his own link'
        def form = invitee.get(pietEdit)
        def saved = invitee.post(pietEdit, [versie: '1', title: title, summary: 'Samen herschreven.', description: 'Wat we willen doen.',
                                            cost: '1.000', wijk: 'WK001406', theme: 'Groen', location: ''])

        then:
        form.status == 200
        saved.status == 303
        sql.one('SELECT edited_by FROM plan_version WHERE plan_id = ? AND version = 2', { it.getString(1) }, planId).get() == 'Piet'
        new WebSession(http.toBlocking()).get("/plannen/$planId/versies").body.contains('door Piet')
    }

    def "an invitation link cannot be used as a confirmation, nor guessed"() {
        expect:
        new WebSession(http.toBlocking()).get('/uitnodiging/' + 'B' * 43).status == 410
        new WebSession(http.toBlocking()).get('/uitnodiging/kort').status == 410
    }
}
