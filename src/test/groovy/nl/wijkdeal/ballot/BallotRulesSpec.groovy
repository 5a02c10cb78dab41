package nl.wijkdeal.ballot

import nl.wijkdeal.kernel.Money
import nl.wijkdeal.round.BallotKind
import nl.wijkdeal.tally.Ballot
import spock.lang.Specification

import static nl.wijkdeal.ballot.BallotProblem.Kind.*
import static nl.wijkdeal.round.BallotKind.*

/**
 * The wijk's ballot in every table: plans 11-14 costing € 1.000, € 2.000, € 3.000 and € 4.000, a
 * budget of € 6.000, K = 3 and points 3-2-1. Plan 99 is on another wijk's ballot.
 * Choices are written [plan, value] or just plan (value 0); problems [kind, plan] or just kind (plan 0).
 */
class BallotRulesSpec extends Specification {

    static final Map<Long, Money> PLANS = [11L: Money.euros(1000), 12L: Money.euros(2000),
                                           13L: Money.euros(3000), 14L: Money.euros(4000)]

    static BallotPaper paper(BallotKind kind, int k = 3) {
        new BallotPaper(kind, k, [3, 2, 1], Money.euros(6000), PLANS)
    }

    static List<Choice> choices(List written) {
        written.collect { it instanceof List ? new Choice(it[0] as long, it[1] as int) : Choice.of(it as long) }
    }

    static List<BallotProblem> problems(List written) {
        written.collect { it instanceof List ? new BallotProblem(it[0], it[1] as long) : new BallotProblem(it, 0) }
    }

    def "every kind: #kind ballot #written gives #expected"() {
        expect:
        BallotRules.check(paper(kind), choices(written)) == problems(expected)

        where:
        kind         | written                   || expected
        CHOOSE_UP_TO | []                        || [EMPTY]
        RANKED       | []                        || [EMPTY]
        POINTS       | []                        || [EMPTY]
        KNAPSACK     | []                        || [EMPTY]
        CHOOSE_UP_TO | [11, 99]                  || [[NOT_ON_BALLOT, 99]]
        RANKED       | [[11, 1], [99, 2]]        || [[NOT_ON_BALLOT, 99]]
        POINTS       | [[99, 3], [11, 2]]        || [[NOT_ON_BALLOT, 99]]
        KNAPSACK     | [99, 11]                  || [[NOT_ON_BALLOT, 99]]
        CHOOSE_UP_TO | [11, 12, 11]              || [[REPEATED, 11]]
        RANKED       | [[11, 1], [12, 2], [11, 1]] || [[REPEATED, 11]]
        POINTS       | [[11, 3], [11, 3]]        || [[REPEATED, 11]]
        KNAPSACK     | [11, 11]                  || [[REPEATED, 11]]
    }

    def "choose up to K: #written gives #expected"() {
        expect:
        BallotRules.check(paper(CHOOSE_UP_TO), choices(written)) == problems(expected)

        where:
        written                 || expected
        [11]                    || []
        [11, 12]                || []
        [11, 12, 13]            || []                                   // exactly K
        [13, 11, 12]            || []
        [11, 12, 13, 14]        || [TOO_MANY]
        [[11, 1]]               || [[VALUE_NOT_EXPECTED, 11]]           // a tampered form
        [[11, -5], 12, [13, 3]] || [[VALUE_NOT_EXPECTED, 11], [VALUE_NOT_EXPECTED, 13]]
        [11, 12, 13, 13]        || [[REPEATED, 13]]                     // three distinct plans: not too many
        [11, 12, 13, 99]        || [TOO_MANY, [NOT_ON_BALLOT, 99]]
    }

    def "ranked top K: #written gives #expected"() {
        expect:
        BallotRules.check(paper(RANKED), choices(written)) == problems(expected)

        where:
        written                              || expected
        [[11, 1]]                            || []
        [[11, 1], [12, 2]]                   || []
        [[11, 1], [12, 2], [13, 3]]          || []                      // exactly K
        [[13, 3], [11, 1], [12, 2]]          || []                      // places need not come in order
        [[11, 1], [12, 2], [13, 3], [14, 3]] || [TOO_MANY, [RANK_REPEATED, 13], [RANK_REPEATED, 14]]
        [[11, 1], [12, 2], [13, 3], [14, 4]] || [TOO_MANY, [RANK_OUT_OF_RANGE, 14]]
        [[11, 0]]                            || [[RANK_OUT_OF_RANGE, 11]]
        [[11, -1], [12, 1]]                  || [[RANK_OUT_OF_RANGE, 11]]
        [[11, 1], [12, 4]]                   || [[RANK_OUT_OF_RANGE, 12]]   // above K
        [[11, 1], [12, 1]]                   || [[RANK_REPEATED, 11], [RANK_REPEATED, 12]]
        [[11, 2], [12, 1], [13, 2]]          || [[RANK_REPEATED, 11], [RANK_REPEATED, 13]]
        [[11, 1], [12, 3]]                   || [RANK_GAP]
        [[11, 2]]                            || [RANK_GAP]
        [[11, 2], [12, 3]]                   || [RANK_GAP]
        [[11, 1], [12, 1], [12, 2]]          || [[REPEATED, 12], [RANK_REPEATED, 11], [RANK_REPEATED, 12]]
        [[11, 1], [12, 2], [12, 3]]          || [[REPEATED, 12]]        // the later copy takes no part
    }

    def "ranked with K = 10 (the De Wijert top 10) accepts 1, 2, 3 and refuses 1, 2, 4"() {
        expect:
        BallotRules.check(paper(RANKED, 10), choices([[11, 1], [12, 2], [13, 3]])) == []
        BallotRules.check(paper(RANKED, 10), choices([[11, 1], [12, 2], [13, 4]])) == problems([RANK_GAP])
    }

    def "points 3-2-1: #written gives #expected"() {
        expect:
        BallotRules.check(paper(POINTS), choices(written)) == problems(expected)

        where:
        written                              || expected
        [[11, 3]]                            || []
        [[11, 1]]                            || []
        [[11, 2], [12, 1]]                   || []
        [[11, 3], [12, 2], [13, 1]]          || []                      // every value once
        [[13, 1], [11, 3], [12, 2]]          || []
        [[11, 0]]                            || [[POINTS_NOT_OFFERED, 11]]
        [[11, -3], [12, 3]]                  || [[POINTS_NOT_OFFERED, 11]]  // voting against a plan
        [[11, 4]]                            || [[POINTS_NOT_OFFERED, 11]]  // not in the list
        [[11, 100]]                          || [[POINTS_NOT_OFFERED, 11]]
        [[11, 3], [12, 3]]                   || [[POINTS_REPEATED, 11], [POINTS_REPEATED, 12]]
        [[11, 3], [12, 2], [13, 1], [14, 1]] || [TOO_MANY, [POINTS_REPEATED, 13], [POINTS_REPEATED, 14]]
        [[11, 3], [12, 2], [13, 1], [14, 5]] || [TOO_MANY, [POINTS_NOT_OFFERED, 14]]   // extra points
        [[11, 3], [11, 2]]                   || [[REPEATED, 11]]
    }

    def "knapsack: #written gives #expected"() {
        expect:
        BallotRules.check(paper(KNAPSACK), choices(written)) == problems(expected)

        where:
        written            || expected
        [11]               || []
        [14]               || []
        [11, 12, 13]       || []                                // exactly the budget
        [12, 14]           || []                                // exactly the budget
        [13, 14]           || [OVER_BUDGET]
        [11, 12, 13, 14]   || [OVER_BUDGET]
        [[11, 1]]          || [[VALUE_NOT_EXPECTED, 11]]
        [11, 12, 13, 99]   || [[NOT_ON_BALLOT, 99]]             // no known cost: adds nothing
        [14, 14]           || [[REPEATED, 14]]                  // counted once: € 4.000 fits
        [[13, 2], 14, 99]  || [[NOT_ON_BALLOT, 99], OVER_BUDGET, [VALUE_NOT_EXPECTED, 13]]
    }

    def "knapsack does not use K: four cheap plans on a paper with K = 1"() {
        given:
        def paper = new BallotPaper(KNAPSACK, 1, [], Money.euros(10000), PLANS)

        expect:
        BallotRules.check(paper, choices([11, 12, 13, 14])) == []
    }

    def "problems come whole-ballot first, then by kind and plan, whatever the order posted"() {
        given:
        def messy = [[14, 1], [99, 2], [11, 5], [12, 1], [98, 0], [14, 2]]
        def expected = problems([TOO_MANY, [REPEATED, 14], [NOT_ON_BALLOT, 98], [NOT_ON_BALLOT, 99],
                                 [RANK_OUT_OF_RANGE, 11], [RANK_OUT_OF_RANGE, 98],
                                 [RANK_REPEATED, 12], [RANK_REPEATED, 14]])

        expect:
        BallotRules.check(paper(RANKED), choices(messy)) == expected
        // Any order of the fields, as long as the first copy of plan 14 keeps place 1.
        messy.permutations().findAll { it.findIndexOf { it == [14, 1] } < it.findIndexOf { it == [14, 2] } }
                .every { BallotRules.check(paper(RANKED), choices(it)) == expected }
    }

    def "the problems cannot be changed by the caller"() {
        when:
        BallotRules.check(paper(CHOOSE_UP_TO), choices([11, 12, 13, 14])).add(new BallotProblem(EMPTY, 0))

        then:
        thrown(UnsupportedOperationException)
    }

    def "remaining for #kind after #written: #choicesLeft choices, #moneyLeft euro, points #pointsLeft"() {
        expect:
        BallotRules.remaining(paper(kind), choices(written)) ==
                new Remaining(choicesLeft, Money.euros(moneyLeft), pointsLeft)

        where:
        kind         | written                     || choicesLeft | moneyLeft | pointsLeft
        CHOOSE_UP_TO | []                          || 3           | 0         | []
        CHOOSE_UP_TO | [11]                        || 2           | 0         | []
        CHOOSE_UP_TO | [11, 12, 13]                || 0           | 0         | []
        CHOOSE_UP_TO | [11, 12, 13, 14]            || 0           | 0         | []     // never below 0
        CHOOSE_UP_TO | [11, 11]                    || 2           | 0         | []     // a plan counts once
        RANKED       | []                          || 3           | 0         | []
        RANKED       | [[11, 1], [12, 2]]          || 1           | 0         | []
        POINTS       | []                          || 3           | 0         | [3, 2, 1]
        POINTS       | [[11, 2]]                   || 2           | 0         | [3, 1]
        POINTS       | [[11, 1], [12, 3]]          || 1           | 0         | [2]
        POINTS       | [[11, 3], [12, 2], [13, 1]] || 0           | 0         | []
        POINTS       | [[11, 7]]                   || 3           | 0         | [3, 2, 1] // not offered: uses nothing
        KNAPSACK     | []                          || 0           | 6000      | []
        KNAPSACK     | [11]                        || 0           | 5000      | []
        KNAPSACK     | [12, 14]                    || 0           | 0         | []
        KNAPSACK     | [13, 14]                    || 0           | -1000     | []     // over budget: by how much
        KNAPSACK     | [11, 99]                    || 0           | 5000      | []
    }

    def "remaining keeps the cents: € 4.500,50 left"() {
        given:
        def paper = new BallotPaper(KNAPSACK, 0, [], new Money(450_050 + 100_000), PLANS)

        expect:
        BallotRules.remaining(paper, choices([11])).moneyLeft().format() == '€ 4.500,50'
    }

    def "for the count, #kind #written becomes #projectIds with points #points"() {
        expect:
        BallotRules.toTally('v1', kind, 10, choices(written)) == new Ballot('v1', projectIds, points)

        where:
        kind         | written                     || projectIds           | points
        CHOOSE_UP_TO | [12, 11]                    || ['12', '11']         | []
        KNAPSACK     | [11, 12, 13]                || ['11', '12', '13']   | []
        RANKED       | [[13, 2], [11, 3], [12, 1]] || ['12', '13', '11']   | [10L, 9L, 8L] // favourite first, Borda K..1
        RANKED       | [[11, 1]]                   || ['11']               | [10L]    // one ranked still gets K
        POINTS       | [[11, 1], [12, 3], [13, 2]] || ['11', '12', '13']   | [1L, 3L, 2L]
    }

    def "every ballot kind has a style"() {
        expect:
        BallotKind.values().every { BallotRules.remaining(paper(it), []) != null }
    }
}
