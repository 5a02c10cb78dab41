package nl.wijkdeal.result.recount

import nl.wijkdeal.tally.Ballot
import nl.wijkdeal.tally.BallotKind
import nl.wijkdeal.tally.Completion
import nl.wijkdeal.tally.Election
import nl.wijkdeal.tally.Project
import nl.wijkdeal.tally.RuleSettings
import nl.wijkdeal.tally.Tally
import nl.wijkdeal.tally.TieBreak
import nl.wijkdeal.tally.Utility
import spock.lang.Specification

class AdoptedOutcomeSpec extends Specification {

    def "without a deviating plan the freed money goes where the same rule sends it"() {
        given:
        def election = Results.stemmen('Noord', Results.NOORD_BALLOTS)

        expect:
        Tally.run(election, Results.GREEDY).selected() == ['2', '1']
        AdoptedOutcome.run(election, Results.GREEDY, excluded as Set).selected() == adopted

        where:
        excluded   | adopted
        []         | ['2', '1']
        ['1']      | ['2', '3', '4']
        ['2']      | ['1', '3']
        ['1', '2'] | ['3', '4']
    }

    def "the plans go from the list and from every ballot; every ballot stays, points stay with their plans"() {
        given:
        def election = Election.of(100G, BallotKind.CUMULATIVE,
                [new Project('a', 60), new Project('b', 50), new Project('c', 40)],
                [new Ballot('1', ['a', 'b', 'c'], [3L, 2L, 1L]), new Ballot('2', ['a'], [5L]), new Ballot('3', ['c', 'b'], [4L, 1L])])

        when:
        def without = AdoptedOutcome.without(election, ['a'] as Set)

        then:
        without.projects()*.id() == ['b', 'c']
        without.ballots() == [new Ballot('1', ['b', 'c'], [2L, 1L]), new Ballot('2', [], []), new Ballot('3', ['c', 'b'], [4L, 1L])]
        without.budget() == 100G
        without.kind() == BallotKind.CUMULATIVE
    }

    def "an empty ballot still brings its share of the budget under equal shares"() {
        given:
        // Two voters want 'b'; with the third voter's ballot emptied by the deviation, each still has 100/3.
        def election = Election.of(100G, BallotKind.APPROVAL, [new Project('a', 30), new Project('b', 70)],
                [Ballot.of('1', 'b'), Ballot.of('2', 'b'), Ballot.of('3', 'a')])
        def mes = RuleSettings.mes(Utility.COST, Completion.NONE).withTieBreak(TieBreak.VOTES)

        when:
        def without = AdoptedOutcome.without(election, ['a'] as Set)

        then:
        without.ballots().size() == 3
        // 2 x 100/3 = 66.67 < 70: the two supporters cannot pay; dropping the empty ballot would give them 50 each.
        Tally.run(without, mes).selected() == []
        Tally.run(new Election([:], 100G, BallotKind.APPROVAL, without.projects(), without.ballots().subList(0, 2)), mes)
                .selected() == ['b']
    }

    def "a deviation for a plan that is not on the ballot is refused"() {
        when:
        AdoptedOutcome.run(Results.stemmen('Noord', Results.NOORD_BALLOTS), Results.GREEDY, ['9'] as Set)

        then:
        def e = thrown(IllegalArgumentException)
        e.message == 'afwijking voor onbekend plan [9]'
    }
}
