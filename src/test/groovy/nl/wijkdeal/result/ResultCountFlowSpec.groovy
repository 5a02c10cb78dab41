package nl.wijkdeal.result

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.result.recount.RuleJson
import nl.wijkdeal.staff.WebSession
import nl.wijkdeal.tally.Ballot
import nl.wijkdeal.tally.BallotKind
import nl.wijkdeal.tally.Election
import nl.wijkdeal.tally.Project
import nl.wijkdeal.tally.RuleSettings
import nl.wijkdeal.tally.Tally
import nl.wijkdeal.tally.TieBreak
import nl.wijkdeal.tally.pabulib.PabulibReader
import spock.lang.Specification

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

import static nl.wijkdeal.result.ResultRounds.HELPMAN
import static nl.wijkdeal.result.ResultRounds.ZUIDOOST
import static nl.wijkdeal.result.ResultRounds.audits
import static nl.wijkdeal.result.ResultRounds.ballotRows
import static nl.wijkdeal.result.ResultRounds.name
import static nl.wijkdeal.result.ResultRounds.phase
import static nl.wijkdeal.result.ResultRounds.receiptHash
import static nl.wijkdeal.result.ResultRounds.result

/**
 * Closing the vote counts it: by hand, every wijk once, with the ballots that were stored and no
 * other; ranked ballots as Borda K..1; voters racing the close either get a receipt that is in the
 * count or are refused; two people closing at once count once.
 */
@MicronautTest(transactional = false)
class ResultCountFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql

    ResultRounds rounds() {
        new ResultRounds(context, http)
    }

    def "closing by hand counts every wijk: ballots per channel, the rule's selection, the Pabulib file as published"() {
        given: 'a greedy round, four plans in Helpman (14 residents), one in Zuidoost (2 residents)'
        def make = rounds()
        def voting = make.voting([name: 'Telronde', maxChoices: '2', rule: 'greedy'],
                [(HELPMAN): ['4.000', '6.000', '9.000', '12.000'], (ZUIDOOST): ['3.000']], ['9722AB': 14, '9720AB': 2])
        long id = voting.round.id()
        def (p0, p1, p2, p3) = voting.plans[HELPMAN]
        long z0 = voting.plans[ZUIDOOST][0]
        // What each Helpman resident chooses; 12 online, 1 at the counter, 1 on paper.
        List<List<Long>> online = [[p3, p2]] * 5 + [[p0]] * 3 + [[p1, p0]] * 3 + [[p2]]
        List<String> receipts = []
        online.eachWithIndex { List<Long> choice, int i -> receipts << make.vote(voting, name('9722AB', i + 1), [kies: choice]) }
        receipts << make.voteAtCounter(voting, name('9722AB', 13), [kies: [p3]])
        receipts << make.voteOnPaper(voting, 14, [kies: [p1]])
        make.vote(voting, name('9720AB', 1), [kies: [z0]])
        make.vote(voting, name('9720AB', 2), [kies: [z0]])
        List<List<Long>> cast = online + [[p3], [p1]]

        when:
        def closed = make.close(id)

        then: 'the round is counting, each wijk has one result with the ballots that were stored'
        closed.status == 303
        closed.location == "/beheer/rondes/$id?melding=fase"
        phase(sql, id) == 'COUNTING'
        def helpman = result(sql, id, HELPMAN)
        helpman.ballots == 14
        helpman.ballots == ballotRows(sql, id, HELPMAN)
        [helpman.online, helpman.counter, helpman.paper] == [12, 1, 1]
        helpman.eligible == 14
        helpman.status == 'COUNTED'
        def zuidoost = result(sql, id, ZUIDOOST)
        [zuidoost.ballots, zuidoost.online, zuidoost.counter, zuidoost.paper, zuidoost.eligible] == [2, 2, 0, 0, 2]
        zuidoost.computed_selected == [z0]
        sql.one('SELECT count(*) FROM result WHERE round_id = ?', { it.getInt(1) }, id).get() == 2
        audits(sql, 'result.counted', "round:$id") == 1

        and: 'the receipts list holds exactly the receipts handed out, sorted'
        helpman.receipts_file.readLines() == receipts.collect { receiptHash(it) }.sort()

        and: 'the rule as the round says: greedy, n = top N, ties to the plan more residents chose'
        def rule = RuleSettings.greedy().withN(10).withTieBreak(TieBreak.VOTES)
        RuleJson.fromJson(helpman.rule) == rule

        and: 'the selection is what the tally makes of the ballots as cast, and each plan scored its voters'
        def projects = [p0, p1, p2, p3].withIndex().collect { long p, int i ->
            new Project("$p", new BigDecimal(['4000', '6000', '9000', '12000'][i]), "Uitslagplan") }
        def ours = Election.of(new BigDecimal('25000'), BallotKind.APPROVAL, projects,
                cast.withIndex().collect { List<Long> c, int i -> new Ballot("${i + 1}", c.collect { "$it" as String }, []) })
        def expected = Tally.run(ours, rule).selected().collect { it as long }
        helpman.computed_selected == expected
        scores(id, HELPMAN) == [(p0): 6L, (p1): 4L, (p2): 6L, (p3): 6L]

        when: 'the wethouder adopts it as counted and publishes; anyone recounts the published stemmen.pb'
        make.adoptAndPublish(id, HELPMAN)
        def pb = make.fetch("/rondes/$id/uitslag/$HELPMAN/stemmen.pb")
        assert pb.status == 200: pb.text
        def published = PabulibReader.parse(pb.text)

        then:
        pb.status == 200
        published.kind() == BallotKind.APPROVAL
        published.ballots()*.voterId() == (1..14).collect { "$it" as String }
        published.ballots().collect { it.projectIds().sort(false) }.sort() == cast.collect { c -> c.collect { "$it" as String }.sort() }.sort()
        Tally.run(published, rule).selected().collect { it as long } == helpman.computed_selected
    }

    def "ranked ballots count as Borda: with K = 3, place 1 gets 3 points also when fewer plans are ranked"() {
        given:
        def make = rounds()
        def voting = make.voting([name: 'Rangronde', kind: 'ranked', maxChoices: '3', rule: 'top-n', topN: '2'],
                [(HELPMAN): ['1.000', '2.000', '3.000', '4.000']], ['9722AB': 5])
        long id = voting.round.id()
        def (p0, p1, p2, p3) = voting.plans[HELPMAN]
        List<Map<Long, Integer>> ranked = [[(p0): 1, (p1): 2, (p2): 3], [(p3): 1, (p0): 2], [(p3): 1], [(p1): 1, (p2): 2],
                                           [(p2): 1, (p3): 2, (p0): 3]]
        ranked.eachWithIndex { Map<Long, Integer> places, int i ->
            make.vote(voting, name('9722AB', i + 1), places.collectEntries { p, place -> ["plaats-$p" as String, "$place" as String] })
        }

        when:
        assert make.close(id).status == 303
        def helpman = result(sql, id, HELPMAN)
        def stored = PabulibReader.parse(helpman.ballots_file)

        then: 'Borda 3-2-1 (the ordinal reading would give 5, 4, 5, 5)'
        scores(id, HELPMAN) == [(p0): 6L, (p1): 5L, (p2): 6L, (p3): 8L]
        voters(id, HELPMAN) == [(p0): 3, (p1): 2, (p2): 3, (p3): 3]

        and: 'published as cumulative with those points'
        stored.kind() == BallotKind.CUMULATIVE
        stored.ballots().collect { b -> [b.projectIds(), b.points()].transpose().collectEntries() }.sort { it.toString() } ==
                ranked.collect { places -> places.collectEntries { p, place -> ["$p" as String, 4L - place] } }.sort { it.toString() }

        and: 'top 2: p3 (8), then p0 and p2 tie on points and on voters, so the plan number as text decides'
        def rule = RuleSettings.topN(2).withTieBreak(TieBreak.VOTES)
        RuleJson.fromJson(helpman.rule) == rule
        helpman.computed_selected == [p3, [p0 as String, p2 as String].min() as long]
        helpman.computed_selected == Tally.run(stored, rule).selected().collect { it as long }
    }

    def "a real race: 36 residents send while the vote closes; every receipt handed out is counted, the refused got none"() {
        given: 'every resident checked in with the ballot page open, each in a browser of their own'
        def make = rounds()
        def voting = make.voting([name: 'Sluitrace', maxChoices: '2'], [(HELPMAN): ['4.000', '6.000', '9.000']], ['9722AB': 36])
        long id = voting.round.id()
        List<Long> plans = voting.plans[HELPMAN]
        List<Map> open = (1..36).collect { make.ballotOpen(voting, name('9722AB', it)) }
        def choice = { int i -> [kies: [plans[i % 3]] + (i % 2 == 0 ? [plans[(i + 1) % 3]] : [])] }
        def closer = make.staff(ResultRounds.GEBIEDSTEAM, "/beheer/rondes/$id")

        def go = new CountDownLatch(1)
        def nineBack = new CountDownLatch(9)
        def closing = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(40)
        def send = { Map ballot, int i ->
            def sent = ResultRounds.send(ballot, id, choice(i))
            def done = sent.status == 303 ? (ballot.session as WebSession).get(sent.location) : null
            [index: i, receipt: ballot.receipt, status: sent.status, location: sent.location, done: done?.body, body: sent.body]
        }

        when: 'wave 1 (18) sends; after 9 answers the close starts and wave 2 (14) sends at that moment'
        def firstWave = (0..<18).collect { int i ->
            pool.submit({ go.await(); try { send(open[i], i) } finally { nineBack.countDown() } } as Callable<Map>)
        }
        def secondWave = (18..<32).collect { int i ->
            pool.submit({ closing.await(); send(open[i], i) } as Callable<Map>)
        }
        def close = pool.submit({
            nineBack.await()
            closing.countDown()
            closer.post("/beheer/rondes/$id/volgende-fase", [:])
        } as Callable<Map>)
        go.countDown()
        def closed = close.get(60, TimeUnit.SECONDS)
        List<Map> answers = (firstWave + secondWave).collect { it.get(60, TimeUnit.SECONDS) }
        pool.shutdown()

        and: 'wave 3 (4) sends after the close answered'
        answers += (32..<36).collect { int i -> send(open[i], i) }
        def told = answers.findAll { it.status == 303 }
        def refused = answers.findAll { it.status != 303 }
        def helpman = result(sql, id, HELPMAN)
        Set<String> counted = helpman.receipts_file.readLines() as Set

        then: 'the close went through'
        closed.status == 303
        closed.location == "/beheer/rondes/$id?melding=fase"
        phase(sql, id) == 'COUNTING'

        and: 'every "gelukt" went to /gelukt and showed its receipt; the refused were told voting closed and their vote is unused (409)'
        told.every { it.location == "/rondes/$id/stemmen/gelukt" && it.done.contains(it.receipt as String) }
        refused.every { it.status == 409 && it.location == null && (it.body as String).contains('Je stem is niet opgeslagen') }
        told.size() >= 9
        refused.size() >= 4
        refused*.index.containsAll(32..<36)

        and: 'the count holds exactly the receipts handed out: none missing, none extra'
        counted == told.collect { receiptHash(it.receipt as String) } as Set
        helpman.ballots == told.size()
        ballotRows(sql, id, HELPMAN) == told.size()
        refused.every { !counted.contains(receiptHash(it.receipt as String)) }
        sql.one('SELECT count(*) FROM ballot WHERE round_id = ?', { it.getInt(1) }, id).get() == told.size()
        sql.one("SELECT count(*) FROM register_entry WHERE round_id = ? AND status = 'VOTED'", { it.getInt(1) }, id).get() == told.size()
        sql.one('SELECT coalesce(sum(ballots), 0) FROM turnout WHERE round_id = ?', { it.getInt(1) }, id).get() == told.size()
        audits(sql, 'result.counted', "round:$id") == 1
    }

    def "two people closing at once: one move, one count per wijk, one audit entry"() {
        given:
        def make = rounds()
        def voting = make.voting([name: 'Dubbel dicht'], [(HELPMAN): ['4.000', '6.000']], ['9722AB': 3])
        long id = voting.round.id()
        (1..3).each { make.vote(voting, name('9722AB', it), [kies: [voting.plans[HELPMAN][it % 2]]]) }
        List<WebSession> closers = (1..2).collect { make.staff(ResultRounds.GEBIEDSTEAM, "/beheer/rondes/$id") }
        def go = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(2)

        when:
        def futures = closers.collect { WebSession s ->
            pool.submit({ go.await(); s.post("/beheer/rondes/$id/volgende-fase", [:]) } as Callable<Map>)
        }
        go.countDown()
        def answers = futures.collect { it.get(60, TimeUnit.SECONDS) }
        pool.shutdown()

        then: 'one moved it; the other found it counting, where only publishing the results moves it on'
        answers*.status == [303, 303]
        answers*.location.sort() == ["/beheer/rondes/$id?melding=fase", "/beheer/rondes/$id?melding=uitslag-eerst"].sort()
        phase(sql, id) == 'COUNTING'
        sql.one('SELECT count(*) FROM result WHERE round_id = ?', { it.getInt(1) }, id).get() == 2
        sql.one('SELECT count(*) FROM result_plan WHERE round_id = ?', { it.getInt(1) }, id).get() == 2
        result(sql, id, HELPMAN).ballots == 3
        audits(sql, 'result.counted', "round:$id") == 1
        sql.one("SELECT count(*) FROM audit_entry WHERE action = 'round.phase' AND subject = ? AND details->>'to' = 'counting'",
                { it.getInt(1) }, "round:$id" as String).get() == 1
    }

    Map<Long, Long> scores(long roundId, String wijk) {
        sql.list('SELECT plan_id, score FROM result_plan WHERE round_id = ? AND wijk_code = ? ORDER BY plan_id',
                { [it.getLong(1), it.getLong(2)] }, roundId, wijk).collectEntries()
    }

    Map<Long, Integer> voters(long roundId, String wijk) {
        sql.list('SELECT plan_id, voters FROM result_plan WHERE round_id = ? AND wijk_code = ? ORDER BY plan_id',
                { [it.getLong(1), it.getInt(2)] }, roundId, wijk).collectEntries()
    }
}
