package nl.wijkdeal.ballot

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import nl.wijkdeal.plan.SeedPlans
import nl.wijkdeal.register.TestRegister
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.Round
import nl.wijkdeal.round.TestRounds

/**
 * A round that is voting, with plans on the ballot of Helpman e.o. (WK001406) at the gemeente's
 * costs, a register imported and letters issued; the codes come back by resident name. The plans are
 * seeded as the demo seeds them (submitting them over HTTP, as ReviewFlowSpec does, would run into
 * the per-IP limit on new plans once many specs share one address).
 */
class TestBallots {

    final ApplicationContext context
    final HttpClient http

    TestBallots(ApplicationContext context, HttpClient http) {
        this.context = context
        this.http = http
    }

    /** @return [round: Round, plans: [plan ids in the order of costs], codes: [name: code]] */
    Map votingRound(Map<String, Object> changes, List<String> costs, int residents) {
        long roundId = new TestRounds(context, http).create(Phase.VOTING, [route: ['stemcode', 'address', 'counter'], supportThreshold: '0'] + changes)
        def register = new TestRegister(context, http)
        Round round = register.reload(roundId)
        def seeds = context.getBean(SeedPlans)
        List<Long> plans = costs.withIndex().collect { String cost, int i ->
            seeds.seed(round, new SeedPlans.Seed("Stemplan $roundId-$i", 'Een korte samenvatting.', 'Wat we willen doen.',
                    cost.replace('.', '') as long, 'WK001406', 'Groen', null, 'Auteur', true, 0, true, null))
        }
        byte[] file = TestRegister.file((1..residents).collect { TestRegister.row('9722AB', it, '1980-01-01') })
        register.importFile(round, file)
        [round: round, plans: plans, codes: register.issue(round, file)]
    }
}
