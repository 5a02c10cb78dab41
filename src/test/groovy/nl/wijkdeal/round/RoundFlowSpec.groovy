package nl.wijkdeal.round

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.staff.WebSession
import spock.lang.Specification

import java.time.LocalDate
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/** Rounds end to end over HTTP with the demo staff: the form, freezing, amendments, phases, public page and API. */
@MicronautTest(transactional = false)
class RoundFlowSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject Sql sql
    @Inject RoundStore store
    @Inject MovePhase movePhase
    @Inject CatchUpPhases catchUp

    static final LocalDate START = LocalDate.now().plusDays(10)

    static Map<String, Object> form(Map<String, Object> changes = [:]) {
        Map<String, Object> f = [gebied: 'zuid', name: 'Proefronde', description: 'Een ronde om te testen', themes: 'Groen\nVerkeer',
                                 supportThreshold: '30', wijk: ['WK001406', 'WK001405'], 'budget-WK001406': '25.000', 'budget-WK001405': '20000',
                                 total: '€ 45.000', kind: 'choose-up-to', maxChoices: '10', points: '3, 2, 1', topN: '10', rule: 'greedy',
                                 minimumAge: '12', route: ['stemcode', 'counter'], rulesText: '']
        ['ideas', 'co-creation', 'review', 'voting', 'counting', 'published', 'implementation'].eachWithIndex { key, i ->
            f['start-' + key] = START.plusDays(7 * i).toString()
        }
        f.putAll(changes)
        f
    }

    WebSession zuid() {
        def b = new WebSession(http.toBlocking())
        assert b.logIn('zuid@wijkdeal.example', 'demo-zuid-2026').status == 303
        b.get('/beheer/rondes/nieuw?gebied=zuid')
        b
    }

    long create(WebSession b, Map changes = [:]) {
        def answer = b.post('/beheer/rondes', form(changes))
        assert answer.status == 303: answer.body
        (answer.location =~ /\/beheer\/rondes\/(\d+)/)[0][1] as long
    }

    def "a gebiedsteam member creates a round; amounts in cents, shown the Dutch way"() {
        given:
        def b = zuid()

        when:
        long id = create(b)
        def round = store.find(id).get()
        def page = b.get("/beheer/rondes/$id")

        then:
        round.settings().total().cents() == 4_500_000
        round.settings().budgets() == ['WK001405': new nl.wijkdeal.kernel.Money(2_000_000), 'WK001406': new nl.wijkdeal.kernel.Money(2_500_000)]
        round.phase() == Phase.PREPARATION
        page.body.contains('€ 25.000')
        page.body.contains('€ 45.000')
        page.body.contains('Je mag 10 plannen kiezen.')
    }

    def "bad input comes back with every value kept and the message beside the field: #why"() {
        given:
        def b = zuid()

        when:
        def page = b.post('/beheer/rondes', form(changes))

        then:
        page.status == 400
        page.body.contains(message)
        page.body.contains('class="field__error"')
        page.body.contains('value="Proefronde"') || changes.name == ''
        page.body.contains('Een ronde om te testen')

        where:
        why                    | changes                                                   || message
        'negative budget'      | ['budget-WK001406': '-5']                                  || 'Het budget kan niet negatief zijn.'
        'missing budget'       | ['budget-WK001406': '']                                    || 'Vul het budget voor deze wijk in.'
        'sum differs'          | [total: '50000']                                           || 'Het totaal is niet gelijk aan de budgetten van de wijken samen.'
        'reversed dates'       | ['start-review': START.toString()]                         || 'Deze fase moet later beginnen dan de fase ervoor.'
        'same day phases'      | ['start-voting': START.plusDays(14).toString()]            || 'Deze fase moet later beginnen dan de fase ervoor.'
        'wijk of other gebied' | [wijk: ['WK001406', 'WK001410'], 'budget-WK001410': '5']   || 'Je kunt alleen wijken uit dit gebied kiezen.'
        'K too small'          | [maxChoices: '0']                                          || 'Vul een getal in van 1 tot en met 50.'
        'K too large'          | [maxChoices: '51']                                         || 'Vul een getal in van 1 tot en met 50.'
        'unknown rule'         | [rule: 'loting']                                           || 'Kies hoe de plannen worden gekozen.'
        'age too high'         | [minimumAge: '121']                                        || 'Vul een leeftijd in van 0 tot en met 120.'
        'age negative'         | [minimumAge: '-1']                                         || 'Vul een leeftijd in van 0 tot en met 120.'
        'no name'              | [name: '']                                                 || 'Vul een naam in.'
        'no route'             | [route: []]                                                || 'Kies minstens één manier.'
        'bad points'           | [kind: 'points', points: '1, 2, 3']                        || 'Vul punten in van hoog naar laag'
        'bad date'             | ['start-ideas': '31-02-2027']                              || 'Vul een datum in zoals 1-3-2027.'
    }

    def "voting freezes the rules: a change then needs a reason and makes version 2; the description stays free"() {
        given:
        def b = zuid()
        long id = create(b)
        movePhase.onSchedule(store.find(id).get(), Phase.VOTING)
        b.get("/beheer/rondes/$id/bewerken")

        when: 'only the description changes'
        def free = b.post("/beheer/rondes/$id", form([description: 'Nieuwe tekst']))

        then:
        free.status == 303
        store.find(id).get().rulesVersion() == 1
        store.find(id).get().text().description() == 'Nieuwe tekst'

        when: 'a budget changes without a reason'
        def refused = b.post("/beheer/rondes/$id", form(['budget-WK001406': '30000', total: '50000']))

        then:
        refused.status == 400
        refused.body.contains('Schrijf op waarom je dit verandert')
        refused.body.contains('value="30000"')
        store.find(id).get().settings().total().cents() == 4_500_000

        when:
        def amended = b.post("/beheer/rondes/$id", form(['budget-WK001406': '30000', total: '50000', reason: 'De gemeenteraad gaf extra geld.']))

        then:
        amended.status == 303
        store.find(id).get().rulesVersion() == 2
        store.amendments(id)*.reason() == ['De gemeenteraad gaf extra geld.']
        b.get("/rondes/$id").body.contains('De gemeenteraad gaf extra geld.')
        sql.one("SELECT count(*) FROM audit_entry WHERE subject = ? AND action = 'round.amended'", { it.getLong(1) }, "round:$id".toString()).get() == 1
    }

    def "the schedule moves a round on its dates, and two instances racing move it once"() {
        given:
        def b = zuid()
        long id = create(b)
        def round = store.find(id).get()
        def pool = Executors.newFixedThreadPool(8)
        def go = new CountDownLatch(1)

        when: 'eight schedulers find the round due for voting at the same moment'
        def results = (1..8).collect { pool.submit({ go.await(); movePhase.onSchedule(round, Phase.VOTING) } as Callable<Boolean>) }
        go.countDown()
        def moved = results*.get()

        then:
        moved.count(true) == 1
        store.find(id).get().phase() == Phase.VOTING
        store.find(id).get().frozen()
        sql.one("SELECT count(*) FROM audit_entry WHERE subject = ? AND action = 'round.phase'", { it.getLong(1) }, "round:$id".toString()).get() == 1

        cleanup:
        pool.shutdown()
    }

    def "catching up on the dates stops at counting: publication waits for adoption"() {
        given:
        long id = create(zuid())

        when:
        catchUp.catchUp(START.plusDays(100), [store.find(id).get()])

        then:
        store.find(id).get().phase() == Phase.COUNTING
    }

    def "by hand: one phase on, and a wijkwethouder may not"() {
        given:
        def b = zuid()
        long id = create(b)
        b.get("/beheer/rondes/$id")
        def wethouder = new WebSession(http.toBlocking())
        wethouder.logIn('wethouder.zuid@wijkdeal.example', 'demo-wethouder-2026')
        wethouder.get("/beheer/rondes/$id")

        when:
        def moved = b.post("/beheer/rondes/$id/volgende-fase", [:])
        def refused = wethouder.post("/beheer/rondes/$id/volgende-fase", [:])

        then:
        moved.status == 303
        refused.status == 403
        store.find(id).get().phase() == Phase.IDEAS
    }

    def "the public page and the API show the round once it is out of preparation, with the spelregels in plain Dutch"() {
        given:
        def b = zuid()
        long id = create(b, [rule: 'top-n', kind: 'ranked', maxChoices: '5', topN: '7'])

        expect: 'not public while in preparation'
        b.get("/rondes/$id").status == 404

        when:
        movePhase.onSchedule(store.find(id).get(), Phase.IDEAS)
        def page = b.get("/rondes/$id")
        def api = http.toBlocking().retrieve("/api/v1/rounds/$id", Map)

        then:
        page.status == 200
        page.body.contains('aria-current="step"')
        page.body.contains('Je zet je 5 favoriete plannen op volgorde.')
        page.body.contains('De 7 plannen met de meeste stemmen komen in de uitslag.')
        page.body.contains('€ 20.000')
        api.totalBudgetCents == 4_500_000
        api.phase == 'ideas'
        api.ballot.kind == 'ranked'
        api.phases.size() == 7
        api.wijken*.code as Set == ['WK001405', 'WK001406'] as Set
        new groovy.json.JsonSlurper().parseText(http.toBlocking().retrieve('/api/v1/rounds')).any { it.id == id }
    }

}
