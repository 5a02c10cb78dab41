package nl.wijkdeal.staff

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import spock.lang.Specification

/** Logging in and out over HTTP, on the real database: sessions, lock-out, CSRF, kept forms. */
@MicronautTest(transactional = false)
class StaffLoginSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject CreateStaffAccount createStaff
    @Inject PasswordHasher hasher
    @Inject Sql sql

    WebSession browser() { new WebSession(http.toBlocking()) }

    String newAccount(String role = 'gebiedsteam', List<String> areas = ['zuid']) {
        String email = "t${UUID.randomUUID().toString().take(8)}@gemeente.example"
        def created = createStaff.create(new CreateStaffAccount.Request(email, 'Test', role, areas), null) as CreateStaffAccount.Created
        [email, created.password()].join(' ')
    }

    def "a staff page sends a visitor to the login page, and back after logging in"() {
        given:
        def b = browser()
        def (email, password) = newAccount().split(' ')

        when:
        def page = b.get('/beheer/rondes/nieuw?gebied=zuid')

        then:
        page.status == 303
        page.location == '/beheer/inloggen?terug=%2Fbeheer%2Frondes%2Fnieuw%3Fgebied%3Dzuid'

        when:
        b.get(page.location)
        def login = b.post('/beheer/inloggen', [email: email.toUpperCase(), password: password, terug: '/beheer/rondes/nieuw?gebied=zuid', bewaard: ''])

        then: 'e-mail is case-insensitive; the session cookie is HttpOnly and SameSite=Lax'
        login.status == 303
        login.location == '/beheer/rondes/nieuw?gebied=zuid'
        b.get('/beheer/rondes/nieuw?gebied=zuid').status == 200
    }

    def "the session cookie is HttpOnly and Lax, and a new session id is issued at every login"() {
        given:
        def (email, password) = newAccount().split(' ')
        def b = browser()
        b.logIn(email, password)
        String first = b.cookies.sessie

        when:
        def again = b.logIn(email, password)

        then:
        again.status == 303
        b.cookies.sessie != first
        sql.one('SELECT count(*) FROM staff_session WHERE token_hash = sha256(?::bytea)', { it.getLong(1) }, first).get() == 0
    }

    def "wrong password: one message for a wrong address and a wrong password, the address kept"() {
        given:
        def b = browser()

        when:
        def page = b.logIn('niemand@gemeente.example', 'geen goed wachtwoord')

        then:
        page.status == 400
        page.body.contains('Het e-mailadres of het wachtwoord klopt niet.')
        page.body.contains('value="niemand@gemeente.example"')
        !page.body.contains('geen goed wachtwoord')
    }

    def "five wrong passwords lock the account for 15 minutes, also for the right password, counted in the database"() {
        given:
        def (email, password) = newAccount().split(' ')

        when: 'each attempt from a fresh browser, as a guesser clearing cookies would'
        def answers = (1..5).collect { browser().logIn(email, 'fout wachtwoord nummer ' + it) }
        def right = browser().logIn(email, password)

        then:
        answers[0..3].every { it.body.contains('Het e-mailadres of het wachtwoord klopt niet.') }
        answers[4].body.contains('Er is te vaak een verkeerd wachtwoord gebruikt.')
        right.status == 400
        right.body.contains('Er is te vaak een verkeerd wachtwoord gebruikt.')
        sql.one('SELECT failed_logins FROM staff_account WHERE email = ?', { it.getInt(1) }, email).get() == 5
    }

    def "a form without the CSRF field, or with another one, is refused with a clear page"() {
        given:
        def b = browser()
        b.get('/beheer/inloggen')

        when:
        def missing = b.post('/beheer/inloggen', [email: 'a@b.nl', password: 'x'], false)
        b.lastCsrf = 'x' * 43
        def wrong = b.post('/beheer/inloggen', [email: 'a@b.nl', password: 'x'])

        then:
        missing.status == 403
        missing.body.contains('Dit formulier is verlopen')
        wrong.status == 403
    }

    def "a post from another site is refused even with a token"() {
        given:
        def b = browser()
        b.get('/beheer/inloggen')

        when:
        def page = b.client.exchange(io.micronaut.http.HttpRequest.POST('/beheer/inloggen', "csrf=${b.lastCsrf}&email=a&password=b")
                .contentType('application/x-www-form-urlencoded').header('Origin', 'https://evil.example')
                .header('Cookie', b.cookies.collect { k, v -> "$k=$v" }.join('; ')), String)

        then:
        def e = thrown(io.micronaut.http.client.exceptions.HttpClientResponseException)
        e.status.code == 403
    }

    def "logging out ends the session on the server: the old cookie no longer works"() {
        given:
        def (email, password) = newAccount().split(' ')
        def b = browser()
        b.logIn(email, password)
        String cookie = b.cookies.sessie
        b.get('/beheer')

        when:
        def out = b.post('/beheer/uitloggen', [:])
        b.cookies.sessie = cookie

        then:
        out.status == 303
        b.get('/beheer').status == 303
    }

    def "changing the password: errors beside the field, then other sessions end"() {
        given:
        def (email, password) = newAccount().split(' ')
        def phone = browser()
        phone.logIn(email, password)
        def laptop = browser()
        laptop.logIn(email, password)
        laptop.get('/beheer/wachtwoord')

        when:
        def tooShort = laptop.post('/beheer/wachtwoord', [current: password, password: 'kort', repeat: 'kort'])
        def wrongCurrent = laptop.post('/beheer/wachtwoord', [current: 'niet mijn wachtwoord', password: 'een lange nieuwe zin', repeat: 'een lange nieuwe zin'])
        def done = laptop.post('/beheer/wachtwoord', [current: password, password: 'een lange nieuwe zin', repeat: 'een lange nieuwe zin'])

        then:
        tooShort.status == 400
        tooShort.body.contains('Het nieuwe wachtwoord is te kort.')
        wrongCurrent.body.contains('Je huidige wachtwoord klopt niet.')
        done.status == 303
        laptop.get('/beheer').status == 200
        phone.get('/beheer').status == 303
        browser().logIn(email, 'een lange nieuwe zin').status == 303
    }

    def "passwords are stored as Argon2id with the documented parameters, never in plain text"() {
        when:
        def (email, password) = newAccount().split(' ')
        String stored = sql.one('SELECT password_hash FROM staff_account WHERE email = ?', { it.getString(1) }, email).get()

        then:
        stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')
        !stored.contains(password)
        hasher.matches(password, stored)
        !hasher.matches(password + 'x', stored)
    }

    def "a form posted after the session ran out is kept, and comes back filled in after logging in"() {
        given:
        def (email, password) = newAccount().split(' ')
        def b = browser()
        b.logIn(email, password)
        b.get('/beheer/rondes/nieuw?gebied=zuid')
        sql.update('DELETE FROM staff_session WHERE staff_id = (SELECT id FROM staff_account WHERE email = ?)', email)

        when:
        def post = b.post('/beheer/rondes', [gebied: 'zuid', terug: '/beheer/rondes/nieuw?gebied=zuid', name: 'Mijn lange formulier',
                                             description: 'Veel werk', wijk: ['WK001406'], 'budget-WK001406': '1000'])

        then:
        post.status == 303
        post.location.startsWith('/beheer/inloggen?terug=%2Fbeheer%2Frondes%2Fnieuw%3Fgebied%3Dzuid&bewaard=')

        when:
        def loginPage = b.get(post.location)
        String kept = (loginPage.body =~ /name="bewaard" value="([0-9a-f]{64})"/)[0][1]
        def login = b.post('/beheer/inloggen', [email: email, password: password, terug: '/beheer/rondes/nieuw?gebied=zuid', bewaard: kept])
        def form = b.get(login.location)

        then:
        loginPage.body.contains('Wat je had ingevuld is bewaard.')
        login.location == '/beheer/rondes/nieuw?gebied=zuid&bewaard=' + kept
        form.status == 200
        form.body.contains('value="Mijn lange formulier"')
        form.body.contains('Veel werk')
        form.body.contains('value="1000"')

        and: 'taken once'
        !b.get(login.location).body.contains('Mijn lange formulier')
    }
}
