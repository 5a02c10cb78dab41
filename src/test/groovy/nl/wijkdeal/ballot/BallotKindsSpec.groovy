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

/**
 * The other ballot kinds through the pages: a top K with places, 3-2-1 points and the knapsack up
 * to the wijk budget. What remains is shown, mistakes come back beside the plans, the stored
 * values are the places and points given.
 */
@MicronautTest(transactional = false)
class BallotKindsSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql

    @Shared Map ranked
    @Shared Map points
    @Shared Map knapsack

    def setup() {
        if (ranked == null) {
            def make = new TestBallots(context, http)
            ranked = make.votingRound([name: 'Top 2', kind: 'ranked', maxChoices: '2'], ['1.000', '2.000', '3.000'], 5)
            points = make.votingRound([name: 'Punten', kind: 'points', points: '3, 2, 1'], ['1.000', '2.000', '3.000', '4.000'], 5)
            knapsack = make.votingRound([name: 'Rugzak', kind: 'knapsack', 'budget-WK001406': '10.000', 'budget-WK001405': '5.000',
                                         total: '15.000'], ['4.000', '5.000', '6.000'], 5)
        }
    }

    WebSession checkedIn(Map voting, int n) {
        def b = new WebSession(http.toBlocking())
        long id = voting.round.id()
        b.get("/rondes/$id/stemmen")
        assert b.post("/rondes/$id/stemmen/code", [code: voting.codes["Bewoner 9722AB $n"]]).status == 303
        b
    }

    List stored(Map voting) {
        sql.list('SELECT plan_ids, choice_values FROM ballot WHERE round_id = ?',
                { [(it.getArray(1).array as Long[]).toList(), (it.getArray(2).array as Integer[]).toList()] }, voting.round.id())
    }

    def "ranked: places per plan, a skipped place is named, the ballot is stored first to last"() {
        given:
        long id = ranked.round.id()
        def b = checkedIn(ranked, 1)
        def page = b.get("/rondes/$id/stemmen/stembiljet")
        String receipt = BallotFlowSpec.receiptOn(page)
        def (p1, p2, p3) = ranked.plans

        expect:
        page.body.contains("name=\"plaats-$p1\"")
        page.body.contains('Je kunt nog 2 plannen kiezen.')

        when:
        def gap = b.post("/rondes/$id/stemmen/stembiljet", ["plaats-$p1": '2', "plaats-$p2": '', "plaats-$p3": '', ontvangstbewijs: receipt])
        def twice = b.post("/rondes/$id/stemmen/stembiljet", ["plaats-$p1": '1', "plaats-$p2": '1', ontvangstbewijs: receipt])
        def review = b.post("/rondes/$id/stemmen/stembiljet", ["plaats-$p3": '1', "plaats-$p1": '2', ontvangstbewijs: receipt])
        def sent = b.post("/rondes/$id/stemmen/versturen", ["plaats-$p3": '1', "plaats-$p1": '2', ontvangstbewijs: receipt])

        then:
        gap.status == 400
        gap.body.contains('Je hebt een plaats overgeslagen.')
        twice.status == 400
        twice.body.contains('Deze plaats heb je al aan een ander plan gegeven.')
        review.status == 200
        review.body.contains('plaats 1')
        sent.status == 303
        stored(ranked) == [[[p3, p1], [1, 2]]]
    }

    def "points: each value once, what is left is shown, tampered points are refused"() {
        given:
        long id = points.round.id()
        def b = checkedIn(points, 1)
        String receipt = BallotFlowSpec.receiptOn(b.get("/rondes/$id/stemmen/stembiljet"))
        def (p1, p2, p3, p4) = points.plans

        when:
        def forged = b.post("/rondes/$id/stemmen/versturen", ["punten-$p1": '5', ontvangstbewijs: receipt])
        def negative = b.post("/rondes/$id/stemmen/versturen", ["punten-$p1": '-3', ontvangstbewijs: receipt])
        def twice = b.post("/rondes/$id/stemmen/stembiljet", ["punten-$p1": '3', "punten-$p2": '3', ontvangstbewijs: receipt])
        def review = b.post("/rondes/$id/stemmen/stembiljet", ["punten-$p2": '3', "punten-$p4": '1', ontvangstbewijs: receipt])
        def sent = b.post("/rondes/$id/stemmen/versturen", ["punten-$p2": '3', "punten-$p4": '1', ontvangstbewijs: receipt])

        then:
        forged.status == 400
        forged.body.contains('Dit aantal punten kun je niet geven.')
        negative.status == 400
        twice.body.contains('Dit aantal punten heb je al aan een ander plan gegeven.')
        review.body.contains('Nog te geven punten: 2.')
        sent.status == 303
        stored(points).collect { [it[0].toSet(), it[1].toSet()] } == [[[p2, p4] as Set, [3, 1] as Set]]
    }

    def "knapsack: what is left of the budget, and over budget is refused"() {
        given:
        long id = knapsack.round.id()
        def b = checkedIn(knapsack, 1)
        def page = b.get("/rondes/$id/stemmen/stembiljet")
        String receipt = BallotFlowSpec.receiptOn(page)
        def (cheap, middle, dear) = knapsack.plans

        expect:
        page.body.contains('Nog € 10.000 over.')

        when:
        def over = b.post("/rondes/$id/stemmen/stembiljet", [kies: [middle, dear], ontvangstbewijs: receipt])
        def review = b.post("/rondes/$id/stemmen/stembiljet", [kies: [cheap, middle], ontvangstbewijs: receipt])
        def sent = b.post("/rondes/$id/stemmen/versturen", [kies: [cheap, middle], ontvangstbewijs: receipt])

        then:
        over.status == 400
        over.body.contains('De plannen die je koos kosten samen meer dan het budget van je wijk.')
        over.body.contains('€ 1.000 te veel.')
        review.body.contains('Nog € 1.000 over.')
        sent.status == 303
        stored(knapsack) == [[[cheap, middle], [0, 0]]]
    }
}
