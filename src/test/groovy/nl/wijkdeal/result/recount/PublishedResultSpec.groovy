package nl.wijkdeal.result.recount

import nl.wijkdeal.tally.BallotKind
import nl.wijkdeal.tally.Reason
import nl.wijkdeal.tally.RuleSettings
import nl.wijkdeal.tally.TieBreak
import nl.wijkdeal.tally.Utility
import nl.wijkdeal.tally.Completion
import spock.lang.Specification

import java.nio.charset.StandardCharsets

class PublishedResultSpec extends Specification {

    def "uitslag.json reads back into the same record, and the same record gives the same bytes"() {
        given:
        def result = Results.wijken()[0].result()

        when:
        def json = result.toJson()
        def back = PublishedResult.fromJson(json)

        then:
        back == result
        back.toJson() == json
        Results.wijken()[0].result().toJson() == json
    }

    def "a small wijk without channels and eligible round-trips with nulls"() {
        given:
        def result = Results.wijken()[1].result()
        def small = new PublishedResult(result.roundId(), result.roundName(), result.areaCode(), result.wijkCode(),
                result.wijkName(), result.budget(), 'ranked', BallotKind.CUMULATIVE,
                RuleSettings.mes(Utility.COST, Completion.ADD1_THEN_GREEDY).withTieBreak(TieBreak.VOTES).withThreshold(3),
                result.engineVersion(), result.countedAt(), result.ballots(), OptionalInt.empty(), Optional.empty(),
                false, result.plans(), result.computed(), result.adopted(), result.publishedAt(), result.roots())

        when:
        def text = new String(small.toJson(), StandardCharsets.UTF_8)

        then:
        text.contains('"eligible": null')
        text.contains('"channels": null')
        text.contains('"threshold": 3')
        text.contains('"completion": "add1-then-greedy"')
        PublishedResult.fromJson(small.toJson()) == small
    }

    def "names are snake_case, money is a decimal string, plans are in place order"() {
        when:
        def text = new String(Results.wijken()[0].result().toJson(), StandardCharsets.UTF_8)
        def parsed = new groovy.json.JsonSlurper().parseText(text)

        then:
        parsed.format == 'wijkdeal-uitslag/1'
        parsed.round_id == 7
        parsed.budget == '70000'
        parsed.vote_type == 'approval'
        parsed.rule == [rule: 'greedy', utility: 'cost', completion: 'none', reading: 'as-cast', threshold: null, n: 10,
                        tie_break: 'votes']
        parsed.engine_version == 'wijkdeal-tally/1'
        parsed.plans*.id == ['2', '1', '3', '4']
        parsed.plans*.place == [1, 2, 3, 4]
        parsed.plans[3].cost == '10000.50'
        parsed.plans[3].title == '=HYPERLINK("http://x")'
        parsed.plans[1].reason == 'SELECTED'
        parsed.plans[1].computed_selected == true
        parsed.plans[1].adopted_selected == false
        parsed.plans[0].voters == 7
        parsed.computed == [selected: ['2', '1'], total_cost: '70000']
        parsed.adopted.selected == ['2', '3', '4']
        parsed.adopted.deviations == [[plan_id: '1', reason: 'Geen vergunning voor de speeltuin.']]
        parsed.counted_at == '2025-06-01T18:00:00Z'
        parsed.roots.ballots ==~ /[0-9a-f]{64}/
        text.endsWith('}\n')
    }

    def "titles with quotes, newlines and any script survive the round trip"() {
        given:
        def result = Results.wijken()[0].result()
        def plans = result.plans().collect { p ->
            new PublishedResult.PlanLine(p.id(), title, p.cost(), p.score(), p.voters(), p.place(), p.computedSelected(),
                    p.adoptedSelected(), p.reason(), p.selectionRound(), p.amount(), p.limit(), p.other())
        }
        def changed = new PublishedResult(result.roundId(), result.roundName(), result.areaCode(), result.wijkCode(),
                result.wijkName(), result.budget(), result.ballotKind(), result.voteType(), result.rule(),
                result.engineVersion(), result.countedAt(), result.ballots(), result.eligible(), result.channels(),
                result.ballotsPublished(), plans, result.computed(), result.adopted(), result.publishedAt(), result.roots())

        expect:
        PublishedResult.fromJson(changed.toJson()).plans()*.title().every { it == title }

        where:
        title << ['Bankje "De Hoek"', 'regel 1\nregel 2\ttab', 'back\\slash', 'Çafé ünïcode 🌳', '\u0001\u2028', '']
    }

    def "a broken file names the field and the place"() {
        given:
        def text = new String(Results.wijken()[0].result().toJson(), StandardCharsets.UTF_8)

        when:
        PublishedResult.fromJson(change(text).getBytes(StandardCharsets.UTF_8), 'NOORD/uitslag.json')

        then:
        def e = thrown(RecountFileException)
        e.message == message

        where:
        change                                                       | message
        ({ it.replace('"budget": "70000"', '"budget": 70000') })     | 'NOORD/uitslag.json: veld "budget" moet een tekst zijn'
        ({ it.replace('"budget": "70000"', '"budget": "veel"') })    | 'NOORD/uitslag.json: veld "budget" moet een bedrag als tekst (zoals "1250.50") zijn'
        ({ it.replace('"wijk_name": "Noord",', '') })                | 'NOORD/uitslag.json: veld "wijk_name" ontbreekt'
        ({ it.replace('"format": "wijkdeal-uitslag/1"', '"format": "x/2"') }) | 'NOORD/uitslag.json: formaat "x/2" ken ik niet (verwacht wijkdeal-uitslag/1)'
        ({ it.replaceFirst('"reason": "SELECTED"', '"reason": "LUCK"') }) | 'NOORD/uitslag.json.plans[0]: reason "LUCK" ken ik niet'
        ({ it.replace('"rule": "greedy"', '"rule": "dice"') })       | 'NOORD/uitslag.json.rule: rule "dice" ken ik niet'
        ({ it.replace('"counted_at": "2025-06-01T18:00:00Z"', '"counted_at": "gisteren"') }) | 'NOORD/uitslag.json: veld "counted_at" moet een tijdstip (ISO-8601, zoals "2025-05-01T12:00:00Z") zijn'
        ({ it + 'x' })                                               | 'NOORD/uitslag.json: geen geldige JSON (regel 115): na het einde van de JSON staat nog tekst'
        ({ it.substring(0, 40) })                                    | 'NOORD/uitslag.json: geen geldige JSON (regel 3): een tekst tussen aanhalingstekens houdt niet op'
        ({ it.replace('"ballots": 12,', '"ballots": 12, "ballots": 13,') }) | 'NOORD/uitslag.json: geen geldige JSON (regel 22): de naam "ballots" staat er twee keer'
    }

    def "the rule object round-trips for every rule"() {
        expect:
        RuleJson.fromJson(RuleJson.toJson(settings)) == settings

        where:
        settings << [RuleSettings.greedy(), RuleSettings.topN(5).withTieBreak(TieBreak.VOTES),
                     RuleSettings.mes(Utility.COST, Completion.ADD1_THEN_GREEDY).withTieBreak(TieBreak.VOTES),
                     RuleSettings.greedy().asApproval().withThreshold(4)]
    }

    def "the manifest reads back into the same record"() {
        given:
        def entries = Results.entries()

        when:
        def manifest = BundleManifest.fromJson(entries['manifest.json'])

        then:
        manifest.toJson() == entries['manifest.json']
        manifest.wijken()*.code() == ['NOORD', 'ZUID']
        manifest.wijken()[0].computedSelected() == ['2', '1']
        manifest.wijken()[0].adoptedSelected() == ['2', '3', '4']
        manifest.files()*.path() == ['LEESMIJ.txt', 'NOORD/ontvangstbewijzen.txt', 'NOORD/stemmen.pb', 'NOORD/uitslag.csv',
                                     'NOORD/uitslag.json', 'ZUID/ontvangstbewijzen.txt', 'ZUID/uitslag.csv', 'ZUID/uitslag.json']
        manifest.publicKey() == Results.KEY.publicKeyBase64()
    }
}
