package nl.wijkdeal.round

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import nl.wijkdeal.staff.WebSession

/** Rounds for the specs of other features: made over HTTP as the demo gebiedsteam zuid, moved at will. */
class TestRounds {

    final ApplicationContext context
    final HttpClient http

    TestRounds(ApplicationContext context, HttpClient http) {
        this.context = context
        this.http = http
    }

    /** A new round in zuid (see {@link RoundFlowSpec#form} for the fields), moved on to {@code phase}. */
    long create(Phase phase, Map<String, Object> changes = [:]) {
        def zuid = new WebSession(http.toBlocking())
        assert zuid.logIn('zuid@wijkdeal.example', 'demo-zuid-2026').status == 303
        zuid.get('/beheer/rondes/nieuw?gebied=zuid')
        def made = zuid.post('/beheer/rondes', RoundFlowSpec.form(changes))
        assert made.status == 303: made.body
        long id = (made.location =~ /\/beheer\/rondes\/(\d+)/)[0][1] as long
        if (phase != Phase.PREPARATION) {
            move(id, phase)
        }
        id
    }

    void move(long id, Phase phase) {
        context.getBean(MovePhase).onSchedule(context.getBean(RoundStore).find(id).get(), phase)
    }
}
