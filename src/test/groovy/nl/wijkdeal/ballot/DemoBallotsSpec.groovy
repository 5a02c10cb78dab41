package nl.wijkdeal.ballot

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.PublicRounds
import nl.wijkdeal.round.Round
import spock.lang.Shared
import spock.lang.Specification

/**
 * The demo's ballot box in Wijkdeal Oost 2026 (counting): as many ballots as register entries that
 * voted, per wijk; every ballot one the rules would have taken; turnout counters that add up.
 */
@MicronautTest(transactional = false)
class DemoBallotsSpec extends Specification {

    @Inject Sql sql
    @Inject PublicRounds rounds
    @Inject BallotPapers papers

    @Shared Round oost

    def setup() {
        oost = rounds.all().find { it.text().name() == 'Wijkdeal Oost 2026' }
    }

    def "Oost 2026 is past voting and has plans on the ballot in both wijken"() {
        expect:
        oost.phase() > Phase.VOTING
        ['WK001411', 'WK001412'].every { papers.of(oost, it).plans().size() == 4 }
    }

    def "in every wijk as many residents voted as there are ballots, 180 and 140"() {
        expect:
        voted() == ballots()
        ballots() == [WK001411: 180, WK001412: 140]
    }

    def "every demo ballot is valid by the rules of its wijk's ballot"() {
        when:
        def problems = sql.list('SELECT wijk_code, plan_ids, choice_values FROM ballot WHERE round_id = ?', { rs ->
            List<Long> plans = rs.getArray('plan_ids').array as List<Long>
            List<Integer> values = rs.getArray('choice_values').array as List<Integer>
            def choices = (0..<plans.size()).collect { new Choice(plans[it], values[it]) }
            BallotRules.check(papers.of(oost, rs.getString('wijk_code')).paper(), choices)
        }, oost.id())

        then:
        problems.size() == 320
        problems.every { it.isEmpty() }
    }

    def "the turnout counters add up to the ballots, per wijk and channel, most of them online"() {
        when:
        def counted = sql.list('SELECT wijk_code, channel, sum(ballots) FROM turnout WHERE round_id = ? GROUP BY wijk_code, channel',
                { rs -> [rs.getString(1), rs.getString(2), rs.getInt(3)] }, oost.id()) as Set
        def stored = sql.list('SELECT wijk_code, channel, count(*) FROM ballot WHERE round_id = ? GROUP BY wijk_code, channel',
                { rs -> [rs.getString(1), rs.getString(2), rs.getInt(3)] }, oost.id()) as Set

        then:
        counted == stored
        counted*.get(1) as Set == ['ONLINE', 'COUNTER', 'PAPER'] as Set
        counted.findAll { it[1] == 'ONLINE' }.sum { it[2] } > 320 * 0.6
    }

    Map<String, Integer> voted() {
        sql.list("SELECT wijk_code, count(*) FROM register_entry WHERE round_id = ? AND status = 'VOTED' GROUP BY wijk_code ORDER BY 1",
                { rs -> [rs.getString(1), rs.getInt(2)] }, oost.id()).collectEntries()
    }

    Map<String, Integer> ballots() {
        sql.list('SELECT wijk_code, count(*) FROM ballot WHERE round_id = ? GROUP BY wijk_code ORDER BY 1',
                { rs -> [rs.getString(1), rs.getInt(2)] }, oost.id()).collectEntries()
    }
}
