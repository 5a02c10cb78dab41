package nl.wijkdeal.result

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.result.recount.RuleJson
import nl.wijkdeal.staff.WebSession
import nl.wijkdeal.tally.Election
import nl.wijkdeal.tally.Tally
import nl.wijkdeal.tally.pabulib.PabulibReader
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise

import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId

import static nl.wijkdeal.result.ResultRounds.ADMIN
import static nl.wijkdeal.result.ResultRounds.GEBIEDSTEAM
import static nl.wijkdeal.result.ResultRounds.HELPMAN
import static nl.wijkdeal.result.ResultRounds.WETHOUDER
import static nl.wijkdeal.result.ResultRounds.WETHOUDER_OOST
import static nl.wijkdeal.result.ResultRounds.ZUIDOOST
import static nl.wijkdeal.result.ResultRounds.audits
import static nl.wijkdeal.result.ResultRounds.name
import static nl.wijkdeal.result.ResultRounds.phase
import static nl.wijkdeal.result.ResultRounds.result

/**
 * The wijkwethouder's decision: only they adopt, a deviation needs a reason and a plan the count
 * chose, the adopted selection is the rule run again without the deviating plans, adoption happens
 * once; publication needs adoption, now or at a moment ahead, and the last wijk published moves the
 * round on. Every step is in the audit log. The features build on each other, in order.
 */
@Stepwise
@MicronautTest(transactional = false)
class ResultDecisionFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject ApplicationContext context
    @Inject Sql sql
    @Inject ResultSchedule schedule
    @Inject PublishResult publishResult

    @Shared Map voting
    @Shared long id
    @Shared List<Long> plans

    static final String REASON = 'De grond is verkocht aan de woningcorporatie.'

    def setup() {
        if (voting == null) {
            def make = new ResultRounds(context, http)
            voting = make.voting([name: 'Besluitronde', maxChoices: '2', rule: 'greedy'],
                    [(HELPMAN): ['4.000', '6.000', '9.000', '12.000'], (ZUIDOOST): ['3.000']], ['9722AB': 6, '9720AB': 1])
            id = voting.round.id()
            plans = voting.plans[HELPMAN]
            def (p0, p1, p2, p3) = plans
            // Scores p3 4, p2 3, p0 2, p1 1; greedy in a budget of 25.000: p3, p2, p0 (p1 no longer fits).
            [[p3, p2], [p3, p2], [p3, p2], [p0], [p1, p0], [p3]].eachWithIndex { List<Long> choice, int i ->
                make.vote(voting, name('9722AB', i + 1), [kies: choice])
            }
            make.vote(voting, name('9720AB', 1), [kies: [voting.plans[ZUIDOOST][0]]])
            assert make.close(id).status == 303
        }
    }

    ResultRounds make() {
        new ResultRounds(context, http)
    }

    String adminPage(String wijk = HELPMAN) {
        "/beheer/rondes/$id/uitslag/$wijk"
    }

    def "the count selected p3, p2, p0 (the premise of what follows)"() {
        expect:
        result(sql, id, HELPMAN).computed_selected == [plans[3], plans[2], plans[0]]
        result(sql, id, HELPMAN).status == 'COUNTED'
    }

    def "#who may see the result but not adopt or publish it: 403, and nothing changes"() {
        given:
        def s = make().staff(login, page == null ? adminPage() : page)

        when:
        def adopt = s.post("${adminPage()}/vaststellen", [afwijken: plans[2], "reden-${plans[2]}": 'Zomaar', toelichting: ''])
        def publish = s.post("${adminPage()}/publiceren", [wanneer: 'nu'])

        then: 'refused for who they are, not for a missing CSRF token'
        [adopt, publish].every { it.status == 403 && it.body.contains('Je mag deze pagina niet zien') }
        result(sql, id, HELPMAN).status == 'COUNTED'
        result(sql, id, HELPMAN).adopted_at == null
        sql.one('SELECT count(*) FROM result_plan WHERE round_id = ? AND deviation_reason IS NOT NULL', { it.getInt(1) }, id).get() == 0
        audits(sql, 'result.adopted', "round:$id/$HELPMAN") == 0
        audits(sql, 'result.published', "round:$id/$HELPMAN") == 0

        and: 'staff of zuid see the page, without the form'
        page != null || s.get(adminPage()).body.contains('Alleen de wijkwethouder van dit gebied kan de uitslag vaststellen.')

        where:
        who                        | login          | page
        'the gebiedsteam'          | GEBIEDSTEAM    | null
        'the admin'                | ADMIN          | null
        'the wijkwethouder of Oost'| WETHOUDER_OOST | '/beheer'
    }

    def "a deviation without a reason comes back with the message beside that plan and everything as typed"() {
        given:
        def wethouder = make().staff(WETHOUDER, adminPage())
        def (p0, p1, p2, p3) = plans

        when:
        def answer = wethouder.post("${adminPage()}/vaststellen",
                [afwijken: [p2, p0], "reden-$p2": '  ', "reden-$p0": 'Te duur geworden', toelichting: 'Besproken in het college.'])
        String p2Field = answer.body.substring(answer.body.indexOf("id=\"afwijken-$p2\""), answer.body.indexOf("id=\"reden-$p2\" name="))

        then:
        answer.status == 400
        answer.body.contains('Er klopt iets niet in het formulier.')
        p2Field.contains("id=\"reden-$p2-error\"")
        p2Field.contains('Schrijf op waarom dit plan niet wordt uitgevoerd.')
        answer.body.contains("id=\"reden-$p2\" name=\"reden-$p2\" rows=\"2\" maxlength=\"1000\" aria-describedby=\"reden-$p2-error\" aria-invalid=\"true\">")
        answer.body.contains("value=\"$p2\" checked>")
        answer.body.contains("value=\"$p0\" checked>")
        !answer.body.contains("value=\"$p3\" checked>")
        answer.body.contains('>Te duur geworden</textarea>')
        answer.body.contains('>Besproken in het college.</textarea>')
        !answer.body.contains("id=\"reden-$p0-error\"")

        and: 'nothing stored'
        result(sql, id, HELPMAN).status == 'COUNTED'
        audits(sql, 'result.adopted', "round:$id/$HELPMAN") == 0
    }

    def "a deviation for a plan the count did not select is refused with the reason said"() {
        given:
        def wethouder = make().staff(WETHOUDER, adminPage())
        long p1 = plans[1]

        when:
        def answer = wethouder.post("${adminPage()}/vaststellen", [afwijken: p1, "reden-$p1": 'Past niet', toelichting: ''])

        then:
        answer.status == 400
        answer.body.contains('Dit plan is niet gekozen. Je kunt alleen afwijken bij gekozen plannen.')
        result(sql, id, HELPMAN).status == 'COUNTED'
        audits(sql, 'result.adopted', "round:$id/$HELPMAN") == 0
    }

    def "a valid deviation: the adopted selection is the rule run again without that plan, the next in line goes in"() {
        given:
        def wethouder = make().staff(WETHOUDER, adminPage())
        def (p0, p1, p2, p3) = plans
        def stored = result(sql, id, HELPMAN)
        Election all = PabulibReader.parse(stored.ballots_file)
        Election without = new Election(all.meta(), all.budget(), all.kind(), all.projects().findAll { it.id() != "$p2" },
                all.ballots().collect { b -> new nl.wijkdeal.tally.Ballot(b.voterId(), b.projectIds() - ["$p2" as String], b.points()) })
        List<Long> rerun = Tally.run(without, RuleJson.fromJson(stored.rule)).selected().collect { it as long }

        when:
        def answer = wethouder.post("${adminPage()}/vaststellen", [afwijken: p2, "reden-$p2": "  $REASON ", toelichting: 'Besloten in het college.'])
        def page = wethouder.get(answer.location)
        def adopted = result(sql, id, HELPMAN)

        then:
        answer.status == 303
        answer.location == "${adminPage()}?melding=vastgesteld"
        page.body.contains('De uitslag is vastgesteld.')
        page.body.contains("$REASON</li>")
        rerun == [p3, p0, p1]
        adopted.status == 'ADOPTED'
        adopted.adopted_selected == rerun
        adopted.computed_selected == [p3, p2, p0]
        sql.list('SELECT plan_id, adopted_selected, deviation_reason FROM result_plan WHERE round_id = ? AND wijk_code = ? ORDER BY plan_id',
                { [it.getLong(1), it.getBoolean(2), it.getString(3)] }, id, HELPMAN) ==
                [[p0, true, null], [p1, true, null], [p2, false, REASON], [p3, true, null]].sort { it[0] }
        audits(sql, 'result.adopted', "round:$id/$HELPMAN") == 1
        sql.one("SELECT details->>'deviations' || ' ' || (details->>'selected') || ' ' || actor FROM audit_entry WHERE action = 'result.adopted' AND subject = ?",
                { it.getString(1) }, "round:$id/$HELPMAN" as String).get() == "$p2 $p3,$p0,$p1 wethouder.zuid@wijkdeal.example"
    }

    def "adopting again says it was adopted already and changes nothing"() {
        given:
        def wethouder = make().staff(WETHOUDER, adminPage())
        def before = result(sql, id, HELPMAN)

        when:
        def answer = wethouder.post("${adminPage()}/vaststellen", [toelichting: 'Toch alles uitvoeren'])

        then:
        answer.status == 303
        answer.location == "${adminPage()}?melding=al-vastgesteld"
        wethouder.get(answer.location).body.contains('Deze uitslag was al vastgesteld. Er is niets veranderd.')
        result(sql, id, HELPMAN) == before
        audits(sql, 'result.adopted', "round:$id/$HELPMAN") == 1
    }

    def "publishing before adoption: 409 and the page says to adopt first"() {
        given:
        def wethouder = make().staff(WETHOUDER, adminPage(ZUIDOOST))

        when:
        def answer = wethouder.post("${adminPage(ZUIDOOST)}/publiceren", [wanneer: 'nu'])

        then:
        answer.status == 409
        answer.body.contains('Stel de uitslag eerst vast. Daarna kun je hem publiceren.')
        result(sql, id, ZUIDOOST).status == 'COUNTED'
        audits(sql, 'result.published', "round:$id/$ZUIDOOST") == 0
    }

    def "a moment that has passed, or no moment at all, is refused beside the form with what was typed"() {
        given:
        def wethouder = make().staff(WETHOUDER, adminPage())
        String yesterday = LocalDate.now(ZoneId.of('Europe/Amsterdam')).minusDays(1)

        when:
        def past = wethouder.post("${adminPage()}/publiceren", [wanneer: 'later', datum: yesterday, tijd: '09:00'])
        def none = wethouder.post("${adminPage()}/publiceren", [wanneer: 'later', datum: 'morgen', tijd: ''])

        then:
        past.status == 400
        past.body.contains('Dit moment is al voorbij. Kies een moment in de toekomst, of kies Nu.')
        past.body.contains("name=\"datum\" value=\"$yesterday\"")
        past.body.contains('id="wanneer-later" name="wanneer" value="later" checked>')
        none.status == 400
        none.body.contains('Vul een datum en tijd in')
        none.body.contains('name="datum" value="morgen"')

        and:
        result(sql, id, HELPMAN).status == 'ADOPTED'
        result(sql, id, HELPMAN).publish_at == null
        audits(sql, 'result.scheduled', "round:$id/$HELPMAN") == 0
    }

    def "scheduled ahead: adopted until that moment, then the schedule publishes it, once"() {
        given:
        def wethouder = make().staff(WETHOUDER, adminPage())
        def amsterdam = ZoneId.of('Europe/Amsterdam')
        LocalDate tomorrow = LocalDate.now(amsterdam).plusDays(1)

        when:
        def answer = wethouder.post("${adminPage()}/publiceren", [wanneer: 'later', datum: tomorrow.toString(), tijd: '10:30'])

        then:
        answer.status == 303
        answer.location == "${adminPage()}?melding=gepland"
        wethouder.get(answer.location).body.contains('De publicatie is gepland.')
        result(sql, id, HELPMAN).status == 'ADOPTED'
        ResultRounds.instant(result(sql, id, HELPMAN).publish_at) ==
                tomorrow.atTime(LocalTime.of(10, 30)).atZone(amsterdam).toInstant()
        audits(sql, 'result.scheduled', "round:$id/$HELPMAN") == 1

        when: 'the schedule runs before the moment'
        schedule.tick()

        then: 'nothing is published'
        !publishResult.publishDue(id, HELPMAN)
        result(sql, id, HELPMAN).status == 'ADOPTED'
        new WebSession(http.toBlocking()).get("/rondes/$id/uitslag/$HELPMAN").status == 404

        when: 'the moment has come'
        // The service's clock is the real one (a singleton Clock bean; beans built by hand would lose
        // their transactions), so instead of moving time we move the set moment into the past. The
        // background schedule may run in between; either way it is ResultSchedule that publishes,
        // and the row lock with the status check lets it publish once.
        sql.update("UPDATE result SET publish_at = now() - interval '1 second' WHERE round_id = ? AND wijk_code = ?", id, HELPMAN)
        schedule.tick()

        then:
        result(sql, id, HELPMAN).status == 'PUBLISHED'
        audits(sql, 'result.published', "round:$id/$HELPMAN") == 1
        sql.one("SELECT actor FROM audit_entry WHERE action = 'result.published' AND subject = ?", { it.getString(1) },
                "round:$id/$HELPMAN" as String).get() == 'systeem'
        !publishResult.publishDue(id, HELPMAN)
        new WebSession(http.toBlocking()).get("/rondes/$id/uitslag/$HELPMAN").status == 200

        and: 'one wijk still to go: the round is still counting'
        phase(sql, id) == 'COUNTING'
    }

    def "publishing the last wijk moves the round to published; the audit log holds every step"() {
        given:
        def make = make()

        when:
        make.adoptAndPublish(id, ZUIDOOST)
        def wethouder = make.staff(WETHOUDER, adminPage(ZUIDOOST))
        def again = wethouder.post("${adminPage(ZUIDOOST)}/publiceren", [wanneer: 'nu'])

        then:
        phase(sql, id) == 'PUBLISHED'
        again.status == 303
        again.location == "${adminPage(ZUIDOOST)}?melding=al-gepubliceerd"
        audits(sql, 'result.counted', "round:$id") == 1
        [HELPMAN, ZUIDOOST].every { audits(sql, 'result.adopted', "round:$id/$it") == 1 }
        [HELPMAN, ZUIDOOST].every { audits(sql, 'result.published', "round:$id/$it") == 1 }
        audits(sql, 'result.scheduled', "round:$id/$HELPMAN") == 1
        audits(sql, 'result.scheduled', "round:$id/$ZUIDOOST") == 0
        sql.one("SELECT count(*) FROM audit_entry WHERE action = 'round.phase' AND subject = ? AND details->>'to' = 'published'",
                { it.getInt(1) }, "round:$id" as String).get() == 1
    }

    def "the public page shows the deviation's reason beside the plan, and what the count itself chose"() {
        given:
        def (p0, p1, p2, p3) = plans

        when:
        def page = new WebSession(http.toBlocking()).get("/rondes/$id/uitslag/$HELPMAN")
        def rows = tableRows(page.body)

        then:
        page.status == 200
        page.body.contains('Afwijkingen van de telling')
        page.body.contains("$REASON</li>")
        page.body.contains("Volgens de telling zelf waren gekozen:</p>\n<ul>${titles([p3, p2, p0])}</ul>")
        rows[p2].contains("De wijkwethouder besloot dit plan niet uit te voeren: $REASON")
        rows[p2].contains('<td>nee</td>')
        [p3, p0, p1].every { rows[it].contains('<strong>ja</strong>') }
        page.body.contains('Besloten in het college.')
    }

    String titles(List<Long> ids) {
        ids.collect { "<li>Uitslagplan $id-$HELPMAN-${plans.indexOf(it)}</li>" }.join('')
    }

    /** The rows of the page's "all plans" table by plan id. */
    static Map<Long, String> tableRows(String body) {
        String table = body.substring(body.indexOf('id="all"'))
        table = table.substring(0, table.indexOf('</table>'))
        (table =~ /(?s)<tr[^>]*>.*?<\/tr>/).collect { it as String }.findAll { it.contains('/plannen/') }
                .collectEntries { [((it =~ /\/plannen\/(\d+)/)[0][1] as long), it] }
    }
}
