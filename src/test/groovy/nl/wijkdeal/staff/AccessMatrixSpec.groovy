package nl.wijkdeal.staff

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.mail.MailDraft
import nl.wijkdeal.mail.Outbox
import nl.wijkdeal.mail.SendMail
import io.micronaut.context.ApplicationContext
import nl.wijkdeal.plan.TestPlans
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.RoundFlowSpec
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.web.Language
import spock.lang.Shared
import spock.lang.Specification

/**
 * Every staff route against every kind of visitor: a resident without an account, the admin, the
 * gebiedsteam of zuid (whose round it is), the gebiedsteam of oost (another gebied), the
 * wijkwethouder of zuid and the WIJ-team of zuid (the counter). Each cell is asserted: the page (200), the form refused on its content
 * (400: allowed in, nothing changed), refused for the state it is in (409), done (303 elsewhere), the login
 * page (303 there) or 403.
 */
@MicronautTest(transactional = false)
class AccessMatrixSpec extends Specification {

    static final List<String> WHO = ['resident', 'admin', 'zuid', 'oost', 'wethouder', 'balie']
    static final Map<String, List<String>> LOGIN = [
            admin    : ['beheer@wijkdeal.example', 'demo-beheer-2026'],
            zuid     : ['zuid@wijkdeal.example', 'demo-zuid-2026'],
            oost     : ['oost@wijkdeal.example', 'demo-oost-2026'],
            wethouder: ['wethouder.zuid@wijkdeal.example', 'demo-wethouder-2026'],
            balie    : ['balie.zuid@wijkdeal.example', 'demo-balie-2026']]

    // Expected per visitor, in the order of WHO. 'login' = 303 to the login page, 'done' = 303 elsewhere.
    static final List<List> MATRIX = [
            ['GET', '/beheer', ['login', 200, 200, 200, 200, 200]],
            ['GET', '/beheer/wachtwoord', ['login', 200, 200, 200, 200, 200]],
            ['GET', '/beheer/rondes/nieuw?gebied=zuid', ['login', 200, 200, 403, 403, 403]],
            ['POST', '/beheer/rondes', ['login', 400, 400, 403, 403, 403]],
            ['GET', '/beheer/rondes/{round}', ['login', 200, 200, 403, 200, 200]],
            ['GET', '/beheer/rondes/{round}/bewerken', ['login', 200, 200, 403, 403, 403]],
            ['POST', '/beheer/rondes/{round}', ['login', 400, 400, 403, 403, 403]],
            ['POST', '/beheer/rondes/{round}/volgende-fase', ['login', 'done', 'done', 403, 403, 403]],
            ['GET', '/beheer/gebieden/zuid/logboek', ['login', 200, 200, 403, 200, 403]],
            ['GET', '/beheer/gebieden/oost/logboek', ['login', 200, 403, 200, 403, 403]],
            ['GET', '/beheer/logboek', ['login', 200, 403, 403, 403, 403]],
            ['GET', '/beheer/medewerkers', ['login', 200, 403, 403, 403, 403]],
            ['GET', '/beheer/medewerkers/nieuw', ['login', 200, 403, 403, 403, 403]],
            ['POST', '/beheer/medewerkers', ['login', 400, 403, 403, 403, 403]],
            ['POST', '/beheer/medewerkers/{colleague}/nieuw-wachtwoord', ['login', 200, 403, 403, 403, 403]],
            // The haalbaarheidstoets of the demo round De Wijert (zuid, samen verbeteren); posts change nothing:
            // an empty decision is refused (400), publishing outside the review answers with a notice (303).
            ['GET', '/beheer/rondes/{wijert}/plannen', ['login', 200, 200, 403, 200, 200]],
            ['POST', '/beheer/rondes/{wijert}/plannen/{wijertPlan}/besluit', ['login', 400, 400, 403, 403, 403]],
            ['POST', '/beheer/rondes/{wijert}/plannen/publiceren', ['login', 'done', 'done', 403, 403, 403]],
            ['GET', '/beheer/rondes/{wijert}/plannen/samenvoegen', ['login', 200, 200, 403, 403, 403]],
            ['POST', '/beheer/rondes/{wijert}/plannen/samenvoegen', ['login', 400, 400, 403, 403, 403]],
            ['GET', '/beheer/berichten', ['login', 200, 200, 200, 403, 403]],
            ['GET', '/beheer/berichten/{mail}', ['login', 200, 200, 403, 403, 403]],
            ['GET', '/beheer/gebieden/zuid/meldingen', ['login', 200, 200, 403, 403, 403]],
            ['GET', '/beheer/gebieden/oost/meldingen', ['login', 200, 403, 200, 403, 403]],
            ['POST', '/beheer/plannen/{plan}/verbergen', ['login', 400, 400, 403, 403, 403]],
            ['POST', '/beheer/plannen/{plan}/tonen', ['login', 'done', 'done', 403, 403, 403]],
            ['POST', '/beheer/plannen/{plan}/afwijzen', ['login', 'done', 'done', 403, 403, 403]],
            ['POST', '/beheer/reacties/{comment}/verbergen', ['login', 400, 400, 403, 403, 403]],
            ['POST', '/beheer/reacties/{comment}/tonen', ['login', 'done', 'done', 403, 403, 403]],
            ['POST', '/beheer/reacties/{comment}/afwijzen', ['login', 'done', 'done', 403, 403, 403]],
            // The register and the counter (MPOST: a multipart form; without a file it is refused, 400).
            ['GET', '/beheer/rondes/{round}/register', ['login', 200, 200, 403, 200, 200]],
            ['MPOST', '/beheer/rondes/{round}/register/inlezen', ['login', 400, 400, 403, 403, 403]],
            ['GET', '/beheer/rondes/{round}/register/inlezen/{import}', ['login', 200, 200, 403, 200, 200]],
            ['GET', '/beheer/rondes/{round}/register/inlezen/{import}/voortgang', ['login', 'json', 'json', 403, 'json', 'json']],
            ['MPOST', '/beheer/rondes/{round}/register/brieven', ['login', 400, 400, 403, 403, 403]],
            ['GET', '/beheer/rondes/{round}/balie', ['login', 200, 200, 403, 403, 200]],
            ['POST', '/beheer/rondes/{round}/balie/zoeken', ['login', 400, 400, 403, 403, 400]],
            ['POST', '/beheer/rondes/{round}/balie/stemmen', ['login', 400, 400, 403, 403, 400]],
            ['POST', '/beheer/rondes/{round}/balie/papier', ['login', 400, 400, 403, 403, 400]],
            ['GET', '/beheer/rondes/{round}/opkomst', ['login', 200, 200, 403, 200, 200]],
            ['POST', '/beheer/rondes/{round}/balie/nieuwe-code', ['login', 400, 400, 403, 403, 400]],
            // Results of a round of our own in zuid, closed with nothing on the ballot: under embargo for staff
            // of the gebied but not the counter; adopted and published by the wijkwethouder alone. Adopting
            // {wijk} without deviations is done (303, again: "al vastgesteld"); publishing {otherWijk}, never
            // adopted, is refused (409) and changes nothing.
            ['GET', '/beheer/rondes/{counted}/uitslag', ['login', 200, 200, 403, 200, 403]],
            ['GET', '/beheer/rondes/{counted}/uitslag/{wijk}', ['login', 200, 200, 403, 200, 403]],
            ['POST', '/beheer/rondes/{counted}/uitslag/{wijk}/vaststellen', ['login', 403, 403, 403, 'done', 403]],
            ['POST', '/beheer/rondes/{counted}/uitslag/{otherWijk}/publiceren', ['login', 403, 403, 403, 409, 403]],
    ]

    @Inject @Client('/') HttpClient http
    @Inject CreateStaffAccount createAccount
    @Inject nl.wijkdeal.database.Sql sql
    @Inject Outbox outbox
    @Inject SendMail sendMail
    @Inject ApplicationContext context

    @Shared Map<String, WebSession> sessions = [:]
    @Shared Map<String, String> ids = [:]

    def setup() {
        if (sessions) {
            return
        }
        WHO.each { who ->
            def session = new WebSession(http.toBlocking())
            if (LOGIN[who]) {
                assert session.logIn(*LOGIN[who]).status == 303
            }
            session.get('/beheer/inloggen')   // a page with a form: the CSRF cookie and field
            sessions[who] = session
        }
        def zuid = sessions.zuid
        zuid.get('/beheer/rondes/nieuw?gebied=zuid')
        def created = zuid.post('/beheer/rondes', RoundFlowSpec.form(name: 'Matrixronde'))
        assert created.status == 303
        ids.round = (created.location =~ /\/beheer\/rondes\/(\d+)/)[0][1]
        zuid.get("/beheer/rondes/${ids.round}/register")
        def imported = zuid.postMultipart("/beheer/rondes/${ids.round}/register/inlezen", [:],
                [bestand: [filename: 'register.csv', type: 'text/csv', bytes: 'postcode;huisnummer;geboortedatum\n9722AB;1;1970-01-01\n'.bytes]])
        assert imported.status == 303
        ids.import = (imported.location =~ /inlezen\/(\d+)/)[0][1]
        def colleague = createAccount.create(new CreateStaffAccount.Request('matrix@wijkdeal.example', 'Matrix',
                'gebiedsteam', ['zuid']), null) as CreateStaffAccount.Created
        ids.colleague = colleague.staff().id() as String
        ids.wijert = sql.one("SELECT id FROM round WHERE name = 'Wijkdeal De Wijert 2027'", { it.getString(1) }).get()
        ids.wijertPlan = sql.one("SELECT min(id) FROM plan WHERE round_id = ? AND state = 'PUBLISHED'", { it.getString(1) },
                ids.wijert as long).get()
        ids.mail = outbox.enqueue(MailDraft.of('example', 'matrix@voorbeeld.nl', Language.NL).with('name', 'M')
                .with('topic', 'de matrix').with('path', '/').about('zuid')) as String
        sendMail.flush()
        // A live plan in zuid with a reported comment, for the moderation routes.
        def plans = new TestPlans(context, http)
        long plan = plans.livePlan(new TestRounds(context, http).create(Phase.IDEAS, [name: 'Matrixplannen']))
        long comment = plans.liveComment(plan, 'Een gemelde reactie.')
        def reporter = plans.resident()
        reporter.get("/plannen/$plan/melden?reactie=$comment")
        assert reporter.post("/plannen/$plan/melden", [reactie: comment, reden: 'spam']).status == 303
        ids.plan = plan as String
        def rounds = new TestRounds(context, http)
        long counted = rounds.create(Phase.VOTING, [name: 'Matrixuitslag'])
        rounds.move(counted, Phase.COUNTING)
        ids.counted = counted as String
        ids.wijk = 'WK001406'
        ids.otherWijk = 'WK001405'
        ids.comment = comment as String
    }

    def "#who: #method #route -> #expected"() {
        given:
        String path = route.replace('{round}', ids.round).replace('{colleague}', ids.colleague)
                .replace('{wijert}', ids.wijert).replace('{wijertPlan}', ids.wijertPlan).replace('{mail}', ids.mail)
                .replace('{plan}', ids.plan).replace('{comment}', ids.comment).replace('{import}', ids.import)
                .replace('{counted}', ids.counted).replace('{wijk}', ids.wijk).replace('{otherWijk}', ids.otherWijk)
        WebSession session = sessions[who]

        when:
        def answer = method == 'GET' ? session.get(path)
                : method == 'MPOST' ? session.postMultipart(path, [gebied: 'zuid']) : session.post(path, [gebied: 'zuid'])

        then:
        switch (expected) {
            case 'login':
                assert answer.status == 303
                assert answer.location.startsWith('/beheer/inloggen')
                break
            case 'done':
                assert answer.status == 303
                assert !answer.location.startsWith('/beheer/inloggen')
                break
            case 'json':
                assert answer.status == 200
                assert answer.body.contains('"rowsRead"')
                break
            case 403:
                assert answer.status == 403
                assert answer.body.contains('Je mag deze pagina niet zien')
                break
            default:
                assert answer.status == expected
                assert answer.body.contains('<html lang="nl">')
        }

        where:
        [method, route, who, expected] << MATRIX.collectMany { row ->
            WHO.withIndex().collect { who, i -> [row[0], row[1], who, row[2][i]] }
        }
    }

    def "the matrix covers every staff route the service has"() {
        given:
        def routes = new File('src/main/java/nl/wijkdeal').listFiles().collectMany { dir ->
            dir.isDirectory() ? dir.listFiles().findAll { it.name.endsWith('.java') }.toList() : []
        }.collectMany { file -> staffRoutes(file.text) }

        expect:
        routes.toSet() == MATRIX.collect { normalised(it[0], it[1]) }.toSet() +
                ['POST /beheer/inloggen', 'GET /beheer/inloggen', 'POST /beheer/uitloggen', 'POST /beheer/wachtwoord']
    }

    /** "METHOD /path" for every @Get/@Post under a controller whose path starts with /beheer. */
    static List<String> staffRoutes(String source) {
        def controller = source =~ /@Controller\("([^"]*)"\)/
        if (!controller.find() || !controller.group(1).startsWith('/beheer')) {
            return []
        }
        (source =~ /@(Get|Post)(?:\("([^"]*)"\))?/).collect { match ->
            normalised(match[1].toUpperCase(), controller.group(1) + (match[2] ?: ''))
        }
    }

    /** Path variables (and the gebied codes in the matrix) become {}; query templates and query strings go. */
    static String normalised(String method, String path) {
        method.replace('MPOST', 'POST') + ' ' + path.replaceAll(/\{\?[^}]*}/, '').replaceAll(/\?.*/, '').replaceAll(/\{[^}]*}/, '{}')
                .replaceAll('/gebieden/[a-z-]+/', '/gebieden/{}/')
    }
}
