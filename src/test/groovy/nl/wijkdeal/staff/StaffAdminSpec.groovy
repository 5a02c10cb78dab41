package nl.wijkdeal.staff

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.JarCommand
import nl.wijkdeal.database.Sql
import spock.lang.Specification

import javax.sql.DataSource

/**
 * How staff accounts come to exist without a default password: the admin command (a real child
 * process, as an operator runs it) and the admin's pages, and a new password for a colleague.
 */
@MicronautTest(transactional = false)
class StaffAdminSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject DataSource dataSource
    @Inject Sql sql
    @Inject CreateStaffAccount createAccount

    WebSession admin() {
        def b = new WebSession(http.toBlocking())
        assert b.logIn('beheer@wijkdeal.example', 'demo-beheer-2026').status == 303
        b
    }

    static String shownPassword(String body) {
        (body =~ /<span class="secret" id="password">([^<]+)<\/span>/)[0][1]
    }

    def "admin create-user: a generated password printed once, which then logs in; stored only as Argon2id"() {
        when:
        def run = JarCommand.launch(dataSource, 'admin', 'create-user', '--email', 'Nieuw.Admin@Groningen.nl', '--role', 'admin',
                '--name', 'Nieuwe Beheerder')
        String password = (run.out =~ /Password \(shown only now, store it safely\): (\S+)/)[0][1]

        then:
        run.exit == 0
        run.out.contains('Created admin nieuw.admin@groningen.nl')
        password ==~ /[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}/
        !run.err.contains(password)
        new WebSession(http.toBlocking()).logIn('nieuw.admin@groningen.nl', password).status == 303
        sql.one("SELECT password_hash FROM staff_account WHERE email = 'nieuw.admin@groningen.nl'", { it.getString(1) })
                .get().startsWith('$argon2id$')
    }

    def "admin create-user refuses bad input with a line per field and exit code 1, and creates nothing"() {
        when:
        def run = JarCommand.launch(dataSource, 'admin', 'create-user', '--email', 'geen-adres', '--role', 'gebiedsteam',
                '--area', 'atlantis')

        then:
        run.exit == 1
        run.err.contains('email: not a valid e-mail address')
        run.err.contains('areas: unknown gebied')
        sql.one("SELECT count(*) FROM staff_account WHERE email = 'geen-adres'", { it.getLong(1) }).get() == 0
    }

    def "admin without create-user or without --role is a usage error (64) and touches no database"() {
        expect:
        JarCommand.launchAgainst(dataSource, 'jdbc:postgresql://127.0.0.1:9/nowhere', 'admin', 'create-user', '--email', 'a@b.nl').exit == 64
        JarCommand.launchAgainst(dataSource, 'jdbc:postgresql://127.0.0.1:9/nowhere', 'admin', 'drop-all').exit == 64
    }

    def "the admin makes an account on the page: errors beside the fields with everything kept, then the password once"() {
        given:
        def b = admin()
        b.get('/beheer/medewerkers/nieuw')

        when: 'a gebiedsteam member without a gebied'
        def refused = b.post('/beheer/medewerkers', [name: 'Fenna <Smit>', email: 'fenna@groningen.nl', role: 'gebiedsteam'])

        then:
        refused.status == 400
        refused.body.contains('Kies minstens een gebied.')
        refused.body.contains('value="Fenna &lt;Smit&gt;"')
        refused.body.contains('value="fenna@groningen.nl"')
        refused.body =~ /id="role-gebiedsteam" name="role" value="gebiedsteam" checked/

        when:
        def made = b.post('/beheer/medewerkers', [name: 'Fenna Smit', email: 'fenna@groningen.nl', role: 'gebiedsteam', area: ['zuid', 'oost']])
        String password = shownPassword(made.body)
        def fenna = new WebSession(http.toBlocking())

        then:
        made.status == 200
        made.body.contains('Het account van Fenna Smit (fenna@groningen.nl) is gemaakt.')
        fenna.logIn('fenna@groningen.nl', password).status == 303
        fenna.get('/beheer').body.contains('Gebied Oost')
        b.get('/beheer/medewerkers').body.contains('fenna@groningen.nl')

        when: 'the same address again'
        def twice = b.post('/beheer/medewerkers', [name: 'Fenna Smit', email: 'FENNA@groningen.nl', role: 'admin'])

        then:
        twice.status == 400
        twice.body.contains('Er is al een account met dit e-mailadres.')
    }

    def "a new password from the admin: the old one stops, sessions end, a lock-out is lifted, all in the log"() {
        given:
        def b = admin()
        b.get('/beheer/medewerkers/nieuw')
        String first = shownPassword(b.post('/beheer/medewerkers', [name: 'Jan Dijk', email: 'jan@groningen.nl', role: 'wijkwethouder', area: 'zuid']).body)
        long id = sql.one("SELECT id FROM staff_account WHERE email = 'jan@groningen.nl'", { it.getLong(1) }).get()
        def jan = new WebSession(http.toBlocking())
        assert jan.logIn('jan@groningen.nl', first).status == 303
        5.times { new WebSession(http.toBlocking()).logIn('jan@groningen.nl', 'fout-fout-fout') }
        b.get('/beheer/medewerkers')

        when:
        def reset = b.post("/beheer/medewerkers/$id/nieuw-wachtwoord", [:])
        String second = shownPassword(reset.body)

        then:
        reset.status == 200
        reset.body.contains('Het oude wachtwoord werkt niet meer.')
        second != first
        jan.get('/beheer').location.startsWith('/beheer/inloggen')
        new WebSession(http.toBlocking()).logIn('jan@groningen.nl', first).status == 400
        new WebSession(http.toBlocking()).logIn('jan@groningen.nl', second).status == 303
        sql.one("SELECT count(*) FROM audit_entry WHERE action = 'staff.password.reset' AND subject = ?", { it.getLong(1) }, "staff:$id".toString()).get() == 1
        b.get('/beheer/logboek').body.contains('Nieuw wachtwoord gemaakt door de beheerder')
    }

    def "two admins making the same account at the same moment: one account, the other gets the form message"() {
        given:
        def start = new java.util.concurrent.CountDownLatch(1)
        def pool = java.util.concurrent.Executors.newFixedThreadPool(4)
        def request = new CreateStaffAccount.Request('tegelijk@groningen.nl', 'Tegelijk', 'admin', [])

        when:
        def results = (1..4).collect {
            pool.submit({ start.await(); createAccount.create(request, null) } as java.util.concurrent.Callable)
        }
        start.countDown()
        def outcomes = results*.get()
        pool.shutdown()

        then:
        outcomes.count { it instanceof CreateStaffAccount.Created } == 1
        outcomes.findAll { it instanceof CreateStaffAccount.Refusal }*.errors() == [[email: 'staff.error.emailTaken']] * 3
        sql.one("SELECT count(*) FROM staff_account WHERE email = 'tegelijk@groningen.nl'", { it.getLong(1) }).get() == 1
    }

    def "the page that shows a password tells the browser not to keep it"() {
        given:
        def b = admin()
        b.get('/beheer/medewerkers/nieuw')

        when:
        def made = b.client.exchange(io.micronaut.http.HttpRequest.POST('/beheer/medewerkers',
                "name=Piet&email=piet%40groningen.nl&role=admin&csrf=${b.lastCsrf}".toString())
                .contentType('application/x-www-form-urlencoded')
                .header('Cookie', b.cookies.collect { k, v -> "$k=$v" }.join('; ')), String)

        then:
        made.header('Cache-Control') == 'no-store'
    }
}
