package nl.wijkdeal.ballot

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import nl.wijkdeal.plan.TestPlans
import nl.wijkdeal.register.TestRegister
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.Round
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.WebSession

/**
 * A round that is voting, made the way the product makes one: plans submitted in Helpman e.o.
 * (WK001406), found feasible with the gemeente's costs, published, voting opened (they go on the
 * ballot), a register imported and letters issued. The codes come back by resident name.
 */
class TestBallots {

    final ApplicationContext context
    final HttpClient http

    TestBallots(ApplicationContext context, HttpClient http) {
        this.context = context
        this.http = http
    }

    /** @return [round: Round, plans: [plan ids in order of costs], codes: [name: code]] */
    Map votingRound(Map<String, Object> changes, List<String> costs, int residents) {
        def rounds = new TestRounds(context, http)
        long roundId = rounds.create(Phase.IDEAS, [route: ['stemcode', 'address', 'counter'], supportThreshold: '0'] + changes)
        def testPlans = new TestPlans(context, http)
        List<Long> plans = costs.withIndex().collect { cost, i -> testPlans.livePlan(roundId, "Stemplan $roundId-$i") }
        rounds.move(roundId, Phase.REVIEW)
        def zuid = new WebSession(http.toBlocking())
        zuid.logIn('zuid@wijkdeal.example', 'demo-zuid-2026')
        zuid.get("/beheer/rondes/$roundId/plannen")
        plans.eachWithIndex { plan, i ->
            assert zuid.post("/beheer/rondes/$roundId/plannen/$plan/besluit", [haalbaar: 'ja', reden: '', kosten: costs[i]]).status == 303
        }
        assert zuid.post("/beheer/rondes/$roundId/plannen/publiceren", [:]).status == 303
        rounds.move(roundId, Phase.VOTING)
        def register = new TestRegister(context, http)
        Round round = register.reload(roundId)
        byte[] file = TestRegister.file((1..residents).collect { TestRegister.row('9722AB', it, '1980-01-01') })
        register.importFile(round, file)
        [round: round, plans: plans, codes: register.issue(round, file)]
    }
}
