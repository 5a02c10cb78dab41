package nl.wijkdeal.tally

import spock.lang.Specification

import static nl.wijkdeal.tally.Elections.*

class EqualSharesSpec extends Specification {

    static RuleSettings mes(Completion completion = Completion.NONE, Utility utility = Utility.COST) {
        RuleSettings.mes(utility, completion)
    }

    // Budget 30, three voters, so 10 each.
    //   R (10) by v1, v2, v3: 10/3 each, rho = (10/3)/10 = 1/3
    //   P (20) by v1, v2:     10 each,   rho = 10/20 = 1/2
    //   Q (15) by v3:         v3 has only 10: unaffordable
    // Round 1: R. Everyone has 20/3 left. Round 2: P's supporters have 40/3 < 20, Q's 20/3 < 15: done.
    // add1: endowment 10 + k. P becomes affordable after R when 2(e - 10/3) >= 20, so e >= 13 1/3:
    // at k = 4 (e = 14) the outcome is R, P (cost 30) and Q no longer fits: exhaustive, stop there.
    static Election rpq = approval(30, [R: 10L, P: 20L, Q: 15L], ['R,P', 'R,P', 'R,Q'])

    // As rpq, but Q costs 10: at e = 14 R, P and Q are all affordable (cost 40 > 30), while at e = 13
    // only R is: add1 keeps the last feasible outcome, R alone.
    static Election rpq10 = approval(30, [R: 10L, P: 20L, Q: 10L], ['R,P', 'R,P', 'R,Q'])

    def "#name with #completion selects #selected"() {
        expect:
        Tally.run(election, mes(completion)).selected() == selected

        where:
        name    | election | completion                       || selected
        'rpq'   | rpq      | Completion.NONE                  || ['R']
        'rpq'   | rpq      | Completion.ADD1                  || ['R', 'P']
        'rpq'   | rpq      | Completion.ADD1_UNTIL_INFEASIBLE || ['R', 'P']
        'rpq'   | rpq      | Completion.ADD1_THEN_GREEDY      || ['R', 'P']
        'rpq10' | rpq10    | Completion.NONE                  || ['R']
        'rpq10' | rpq10    | Completion.ADD1                  || ['R']
        'rpq10' | rpq10    | Completion.ADD1_UNTIL_INFEASIBLE || ['R']
        // then greedy fills up by votes: P (2 votes, 20) fits in the 20 left, Q no longer
        'rpq10' | rpq10    | Completion.ADD1_THEN_GREEDY      || ['R', 'P']
    }

    def "the endowment used is reported exactly"() {
        expect:
        Tally.run(rpq, mes()).endowment() == Optional.of('10')
        Tally.run(rpq, mes(Completion.ADD1)).endowment() == Optional.of('14')
        Tally.run(rpq10, mes(Completion.ADD1)).endowment() == Optional.of('13')
    }

    def "MES explains: #id"() {
        expect:
        Tally.run(rpq, mes()).explanation(id).dutch() == text

        where:
        id  || text
        'R' || 'gekozen in ronde 1'
        // v1 and v2 have 20/3 each: 13.333..., shown rounded down
        'P' || 'de voorstanders hadden samen niet genoeg budget over (nog € 13,33 van de € 20 nodig)'
        'Q' || 'de voorstanders hadden samen niet genoeg budget over (nog € 6,66 van de € 15 nodig)'
    }

    def "budget / n need not be a whole number: 10/3 per voter pays exactly for a plan of 10"() {
        // with doubles 3 x (10/3) can come out just under 10 and the plan would drop out
        expect:
        Tally.run(approval(10, [A: 10L], ['A', 'A', 'A']), mes()).selected() == ['A']
        Tally.run(approval(10, [A: 10L], ['A', 'A', 'A']), mes()).totalCost() == 10
    }

    // Two voters with 10 each; "9" costs 8 and "10" costs 10, both supported by both.
    // Cost utility: rho("9") = 4/8 = 1/2 and rho("10") = 5/10 = 1/2: a tie.
    // id: "10" first (string order), then "9" (5 + 5 left >= 8). cost: "9" first, then "10" (6 + 6 >= 10).
    // Approval utility has no tie: "9" is cheaper per voter (4 < 5), whatever the tie-break.
    def "payment factor tie broken by #tieBreak with #utility utility"() {
        expect:
        Tally.run(approval(20, ['9': 8L, '10': 10L], ['9,10', '9,10']),
                mes(Completion.NONE, utility).withTieBreak(tieBreak)).selected() == selected

        where:
        utility          | tieBreak      || selected
        Utility.COST     | TieBreak.ID   || ['10', '9']
        Utility.COST     | TieBreak.COST || ['9', '10']
        Utility.COST     | TieBreak.VOTES || ['10', '9']
        Utility.APPROVAL | TieBreak.ID   || ['9', '10']
    }

    def "a free plan with a supporter comes first; a plan nobody chose never comes"() {
        given:
        def election = approval(20, [A: 10L, F: 0L, G: 0L, Z: 5L], ['A', 'A,F'])

        when:
        def outcome = Tally.run(election, mes(Completion.ADD1))

        then:
        outcome.selected() == ['F', 'A']
        outcome.explanation('F').reason() == Reason.SELECTED_FREE
        outcome.explanation('F').dutch() == 'gekozen in ronde 1: het plan kost niets en heeft voorstanders'
        outcome.explanation('G').reason() == Reason.NO_SUPPORT
        outcome.explanation('Z').reason() == Reason.NO_SUPPORT
    }

    def "a voter pays at most what they have: the poor pay all, the rest share the remainder"() {
        // Approval utility (rho = what each supporter pays), budget 40, four voters with 10 each.
        // Ballots v1: A,B  v2: A,C  v3: A  v4: A,D.   A 26, B 6, C 5, D 2.
        // Round 1: rho A 26/4 = 6.5, B 6, C 5, D 2            -> D; v4 keeps 8
        // Round 2: A 6.5 (everyone can), B 6, C 5              -> C; v2 keeps 5
        // Round 3: A: v2 (5) pays all, v1, v3, v4 pay 21/3 = 7; B 6 -> B; v1 keeps 4
        // Round 4: A: money 4 + 5 + 10 + 8 = 27 >= 26. v1 (4) pays all, then v2 (5) and v4 (8) too,
        //          and v3 pays the remaining 9: rho 9                -> A; only v3 keeps 1
        expect:
        def outcome = Tally.run(approval(40, [A: 26L, B: 6L, C: 5L, D: 2L], ['A,B', 'A,C', 'A', 'A,D']),
                mes(Completion.NONE, Utility.APPROVAL))
        outcome.selected() == ['D', 'C', 'B', 'A']
        outcome.totalCost() == 39
    }

    def "with A at 28 its supporters fall 1 short in round 4"() {
        // As above, but money 4 + 5 + 10 + 8 = 27 < 28 in round 4: A drops out.
        expect:
        def outcome = Tally.run(approval(40, [A: 28L, B: 6L, C: 5L, D: 2L], ['A,B', 'A,C', 'A', 'A,D']),
                mes(Completion.NONE, Utility.APPROVAL))
        outcome.selected() == ['D', 'C', 'B']
        outcome.explanation('A').dutch() == 'de voorstanders hadden samen niet genoeg budget over (nog € 27 van de € 28 nodig)'
        outcome.explanation('A').amount() == 27
    }

    def "points utility follows the ranking"() {
        // Ranked [A,B] twice: A gets 2 points per voter, B 1. Budget 20, 10 each.
        // points: rho(A) = 10/(2 x 2) = 2.5 per point -> A first (each pays 5), B: 2 x 5 = 10 >= 10, pays 5 each.
        // B alone, if A cost 20, would need all the money: A (20) pays 10 each, B gets nothing.
        expect:
        Tally.run(ordinal(20, [A: 10L, B: 10L], ['A,B', 'A,B']), mes(Completion.NONE, Utility.POINTS)).selected() == ['A', 'B']
        Tally.run(ordinal(20, [A: 20L, B: 10L], ['B,A', 'B,A']), mes(Completion.NONE, Utility.POINTS)).selected() == ['B']
    }

    def "empty ballots count as voters: they lower everyone's share"() {
        // Budget 20 and 4 voters (2 empty): 5 each, so A (10) with 2 supporters is just affordable,
        // B (12) by the same two is not.
        expect:
        Tally.run(approval(20, [A: 10L, B: 12L], ['A,B', 'A,B', '', '']), mes()).selected() == ['A']
    }
}
