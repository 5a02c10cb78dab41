package nl.wijkdeal.tally

import spock.lang.Specification

import static nl.wijkdeal.tally.Elections.*

class GreedySpec extends Specification {

    // Budget 100. Votes: A 5, B 4, C 3, D 1 (E: nobody).
    // greedy:          A (60, 40 left), B (50) no longer fits, C (30, 10 left), D (10, 0 left) -> A, C, D
    // greedy-no-skip:  A, then B does not fit: stop                                          -> A
    // threshold 3:     D (1 vote) is out before the rule runs                                  -> A, C
    // top-n 2:         the two highest scores, whatever they cost                             -> A, B
    static Election fourPlans = approval(100, [A: 60L, B: 50L, C: 30L, D: 10L, E: 5L],
            ['A,B,C', 'A,B,C', 'A,B,C', 'A,B', 'A,D'])

    def "#rule on four plans selects #selected"() {
        expect:
        Tally.run(fourPlans, settings).selected() == selected

        where:
        rule                 | settings                                      || selected
        'greedy'             | RuleSettings.greedy()                         || ['A', 'C', 'D']
        'greedy-no-skip'     | RuleSettings.of(Rule.GREEDY_NO_SKIP)          || ['A']
        'greedy threshold 3' | RuleSettings.greedy().withThreshold(3)        || ['A', 'C']
        'no-skip thresh. 3'  | RuleSettings.of(Rule.GREEDY_NO_SKIP).withThreshold(3) || ['A']
        'top-n 2'            | RuleSettings.topN(2)                          || ['A', 'B']
        'top-n 10'           | RuleSettings.topN(10)                         || ['A', 'B', 'C', 'D']
    }

    def "greedy explains every plan: #id"() {
        when:
        def e = Tally.run(fourPlans, RuleSettings.greedy()).explanation(id)

        then:
        e.reason() == reason
        e.round() == round
        e.place() == place
        e.dutch() == text

        where:
        id  || reason            | round | place | text
        'A' || Reason.SELECTED   | 1     | 1     | 'gekozen in ronde 1'
        'B' || Reason.DOES_NOT_FIT | 0   | 2     | 'paste niet meer (nog € 40 over, het plan kost € 50)'
        'C' || Reason.SELECTED   | 2     | 3     | 'gekozen in ronde 2'
        'D' || Reason.SELECTED   | 3     | 4     | 'gekozen in ronde 3'
        'E' || Reason.NO_SUPPORT | 0     | 5     | 'niemand koos dit plan'
    }

    def "no-skip, threshold and top-n explain why a plan is out"() {
        expect:
        Tally.run(fourPlans, settings).explanation(id).dutch() == text

        where:
        settings                               | id  || text
        RuleSettings.of(Rule.GREEDY_NO_SKIP)   | 'C' || 'niet meer aan de beurt: de verdeling stopte bij plan B, dat niet meer paste'
        RuleSettings.greedy().withThreshold(3) | 'D' || 'onder de drempel van 3 stemmen (kreeg er 1)'
        RuleSettings.topN(2)                   | 'C' || 'niet bij de beste 2 (plaats 3)'
    }

    def "a plan nobody chose is never funded, even with money left"() {
        expect:
        Tally.run(approval(1000, [A: 10L, Z: 1L], ['A', 'A']), RuleSettings.greedy()).selected() == ['A']
    }

    // Equal scores: ids compare as strings ("10" before "9"); cost: cheaper first; votes: more voters first.
    def "ties broken by #tieBreak"() {
        expect:
        Tally.run(election, RuleSettings.greedy().withTieBreak(tieBreak)).selected() == selected

        where:
        election                                                             | tieBreak      || selected
        approval(100, ['9': 30L, '10': 40L], ['9,10'])                       | TieBreak.ID   || ['10', '9']
        approval(100, ['9': 30L, '10': 40L], ['9,10'])                       | TieBreak.COST || ['9', '10']
        approval(40, ['9': 30L, '10': 40L], ['9,10'])                        | TieBreak.ID   || ['10']
        approval(40, ['9': 30L, '10': 40L], ['9,10'])                        | TieBreak.COST || ['9']
        // X: 4 points from one voter, Y: 2 + 2 from two voters: same score
        cumulative(10, [X: 10L, Y: 10L], ['X:4', 'Y:2', 'Y:2'])              | TieBreak.ID    || ['X']
        cumulative(10, [X: 10L, Y: 10L], ['X:4', 'Y:2', 'Y:2'])              | TieBreak.VOTES || ['Y']
    }

    // Ranked ballots: L points for the first of L plans, ..., 1 for the last.
    // [A,B,C] gives A 3, B 2, C 1; [B,A] gives B 2, A 1: A 4, B 4, C 1.
    def "ranked ballots score #scores"() {
        when:
        def outcome = Tally.run(ordinal(100, [A: 50L, B: 50L, C: 10L], ['A,B,C', 'B,A']), settings)

        then:
        outcome.scores() == scores
        outcome.selected() == selected

        where:
        settings                           || scores                  | selected
        RuleSettings.greedy()              || [A: 4L, B: 4L, C: 1L]   | ['A', 'B']
        RuleSettings.greedy().asApproval() || [A: 2L, B: 2L, C: 1L]   | ['A', 'B']
    }

    def "a plan named twice on one ballot counts once"() {
        expect:
        Tally.run(approval(100, [A: 10L, B: 10L], ['A,A,B', 'B']), RuleSettings.greedy()).scores() == [A: 1L, B: 2L]
    }

    def "cumulative ballots: points count; 0 points is no support, unless read as approvals"() {
        given:
        def election = cumulative(100, [A: 10L, B: 10L], ['A:3,B:0', 'A:1'])

        expect:
        Tally.run(election, RuleSettings.greedy()).scores() == [A: 4L, B: 0L]
        Tally.run(election, RuleSettings.greedy()).selected() == ['A']
        Tally.run(election, RuleSettings.greedy().asApproval()).scores() == [A: 2L, B: 1L]
        Tally.run(election, RuleSettings.greedy().asApproval()).selected() == ['A', 'B']
    }

    def "a threshold in points is explained in points"() {
        expect:
        Tally.run(cumulative(100, [A: 10L, B: 10L], ['A:3,B:1']), RuleSettings.greedy().withThreshold(2))
                .explanation('B').dutch() == 'onder de drempel van 2 punten (kreeg er 1)'
    }

    def "decimal costs and budgets are exact"() {
        given: 'three plans of 0.10 fit in 0.30 exactly, where doubles would give 0.30000000000000004'
        def election = Election.of(new BigDecimal('0.30'), BallotKind.APPROVAL,
                [new Project('A', new BigDecimal('0.1'), ''), new Project('B', new BigDecimal('0.10'), ''),
                 new Project('C', new BigDecimal('0.1'), '')],
                [Ballot.of('v1', 'A', 'B', 'C')])

        expect:
        Tally.run(election, RuleSettings.greedy()).selected() == ['A', 'B', 'C']
        Tally.run(election, RuleSettings.greedy()).totalCost() == new BigDecimal('0.30')
    }
}
