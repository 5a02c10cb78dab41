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
import spock.lang.Specification

/** Folding one plan into another: nothing lost, supports counted once, both timelines say so. */
@MicronautTest(transactional = false)
class MergeFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql
    @Inject SeedPlans seedPlans
    @Inject PublicRounds rounds
    @Inject SendMail sendMail

    def "the gebiedsteam merges two overlapping plans; one address supporting both counts once"() {
        given: 'two live plans with two supporters each, one of them supporting both'
        long roundId = new TestRounds(context, http).create(Phase.CO_CREATION, [name: 'Samenvoegronde', supportThreshold: '3'])
        def round = rounds.find(roundId).get()
        long stays = seedPlans.seed(round, new SeedPlans.Seed('Bankjes in het park', 'Kort', 'Lang', 3_000, 'WK001406', 'Groen',
                null, 'Anna', true, 2))
        long goes = seedPlans.seed(round, new SeedPlans.Seed('Zitplekken bij de vijver', 'Kort', 'Lang', 2_000, 'WK001406', 'Groen',
                null, 'Piet', true, 2))
        sql.update("""INSERT INTO plan_support (plan_id, participant_id, created_at, confirmed_at)
                      SELECT ?, participant_id, now(), now() FROM plan_support WHERE plan_id = ? ORDER BY participant_id LIMIT 1""",
                goes, stays)
        sql.update('UPDATE plan SET supports = supports + 1 WHERE id = ?', goes)
        def zuid = new WebSession(http.toBlocking())
        zuid.logIn('zuid@wijkdeal.example', 'demo-zuid-2026')
        zuid.get("/beheer/rondes/$roundId/plannen/samenvoegen")

        when: 'the same plan twice and no note'
        def refused = zuid.post("/beheer/rondes/$roundId/plannen/samenvoegen", [bron: "$goes", doel: "$goes", toelichting: ''])

        then:
        refused.status == 400
        refused.body.contains('Kies twee verschillende plannen.')
        refused.body.contains('Schrijf kort op waarom de plannen samen gaan.')
        refused.body =~ /<option value="$goes" selected>/

        when:
        def merged = zuid.post("/beheer/rondes/$roundId/plannen/samenvoegen",
                [bron: "$goes", doel: "$stays", toelichting: 'Beide plannen gaan over zitten bij de vijver.'])
        def gonePage = new WebSession(http.toBlocking()).get("/plannen/$goes")
        def staysPage = new WebSession(http.toBlocking()).get("/plannen/$stays")
        def list = new WebSession(http.toBlocking()).get("/rondes/$roundId/plannen")

        then:
        merged.status == 303
        sql.one('SELECT supports FROM plan WHERE id = ?', { it.getInt(1) }, stays).get() == 4   // 2 + 3 - 1 shared
        gonePage.status == 200
        gonePage.body.contains('Dit plan is samengevoegd met')
        gonePage.body.contains("href=\"/plannen/$stays\"")
        !gonePage.body.contains('Ik steun dit plan')
        staysPage.body.contains('Anna, Piet')
        staysPage.body.contains('Beide plannen gaan over zitten bij de vijver.')
        staysPage.body.contains('Genoeg steun')
        list.body.contains('Bankjes in het park')
        !list.body.contains('Zitplekken bij de vijver')
        sql.list('SELECT kind FROM plan_event WHERE plan_id = ? ORDER BY id', { it.getString(1) }, goes).last() == 'MERGED'
        sql.one("SELECT count(*) FROM audit_entry WHERE action = 'plan.merged' AND subject = ?", { it.getLong(1) }, "plan:$goes".toString()).get() == 1

        when: 'the same merge again (a second tab)'
        def again = zuid.post("/beheer/rondes/$roundId/plannen/samenvoegen",
                [bron: "$goes", doel: "$stays", toelichting: 'Nog een keer.'])

        then:
        again.status == 400
        again.body.contains('Kies een plan uit de lijst.')
    }
}
