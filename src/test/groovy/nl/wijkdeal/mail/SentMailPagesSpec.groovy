package nl.wijkdeal.mail

import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.staff.WebSession
import nl.wijkdeal.web.Language
import spock.lang.Shared
import spock.lang.Specification

/**
 * The demo's "Verzonden berichten" over HTTP, logged in as the demo staff, and the unsubscribe
 * page without any login.
 */
@MicronautTest(transactional = false)
class SentMailPagesSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject Outbox outbox
    @Inject SendMail sendMail
    @Inject Sql sql

    @Shared Map<String, WebSession> staff = [:]

    def setup() {
        if (staff) {
            return
        }
        [admin    : ['beheer@wijkdeal.example', 'demo-beheer-2026'],
         zuid     : ['zuid@wijkdeal.example', 'demo-zuid-2026'],
         oost     : ['oost@wijkdeal.example', 'demo-oost-2026'],
         wethouder: ['wethouder.zuid@wijkdeal.example', 'demo-wethouder-2026']].each { who, login ->
            def session = new WebSession(http.toBlocking())
            assert session.logIn(*login).status == 303
            staff[who] = session
        }
    }

    long keptExample(String to, String area, Language language = Language.NL) {
        long id = outbox.enqueue(MailDraft.of('example', to, language).with('name', 'Anna').with('topic', 'de <speeltuin>')
                .with('path', '/gebieden/zuid').withUnsubscribe().about(area))
        sendMail.flush()
        id
    }

    def "the admin sees kept mail newest first, and one in full with its links clickable"() {
        given:
        String to = Outboxes.address()
        long older = keptExample(Outboxes.address(), 'zuid')
        long id = keptExample(to, 'zuid')

        when:
        def list = staff.admin.get('/beheer/berichten')

        then:
        list.status == 200
        list.body.contains('Verzonden berichten')
        list.body.contains('Dit is een demo.')
        list.body.contains("<a href=\"/beheer/berichten/$id\">Een voorbeeld over de &lt;speeltuin&gt;</a>")
        list.body.indexOf("/beheer/berichten/$id\"") < list.body.indexOf("/beheer/berichten/$older\"")
        list.body.contains(to)
        list.body.contains('Bewaard, niet verstuurd')

        when:
        def page = staff.admin.get("/beheer/berichten/$id")
        def links = (page.body =~ /<a href="(http[^"]+)">/).collect { it[1] }

        then: 'the body as text, escaped, with its link and the unsubscribe link as links'
        page.status == 200
        page.body.contains('Hallo Anna,')
        page.body.contains('over de &lt;speeltuin&gt;')
        !page.body.contains('<speeltuin>')
        links.any { it.endsWith('/gebieden/zuid') }
        links.any { it.contains('/afmelden/example/') }

        when: 'following the link in the mail'
        def followed = http.toBlocking().exchange(HttpRequest.GET(URI.create(links.find { it.endsWith('/gebieden/zuid') }).path)
                .accept(MediaType.TEXT_HTML_TYPE), String)

        then:
        followed.status.code == 200
        followed.body().contains('Zuid')
    }

    def "a gebiedsteam sees the mail of its own gebieden; another gebied's is refused; a wijkwethouder sees none"() {
        given:
        long zuid = keptExample(Outboxes.address(), 'zuid')

        expect:
        staff.zuid.get('/beheer/berichten').body.contains("/beheer/berichten/$zuid\"")
        staff.zuid.get("/beheer/berichten/$zuid").status == 200
        !staff.oost.get('/beheer/berichten').body.contains("/beheer/berichten/$zuid\"")
        staff.oost.get("/beheer/berichten/$zuid").status == 403
        staff.wethouder.get('/beheer/berichten').status == 403
        staff.admin.get('/beheer/berichten/999999999').status == 404
        new WebSession(http.toBlocking()).get('/beheer/berichten').location.startsWith('/beheer/inloggen')
    }

    def "the dashboard links to the sent messages for those who may see them"() {
        expect:
        staff.admin.get('/beheer').body.contains('href="/beheer/berichten"')
        staff.zuid.get('/beheer').body.contains('href="/beheer/berichten"')
        !staff.wethouder.get('/beheer').body.contains('href="/beheer/berichten"')
    }

    def "unsubscribing by the link: opening it only asks, the button opts out, without login, cookie or CSRF field"() {
        given:
        String to = Outboxes.address()
        long id = keptExample(to, 'zuid', Language.EN)
        String link = sql.one('SELECT unsubscribe_url FROM mail_outbox WHERE id = ?', { it.getString(1) }, id).get()
        String path = URI.create(link).path
        def resident = new WebSession(http.toBlocking())

        when: 'a link checker or the resident opens it'
        def asked = resident.get(path)

        then: 'a question, nothing recorded yet'
        asked.status == 200
        asked.body.contains('Wil je geen voorbeeldberichten meer krijgen op dit e-mailadres?')
        asked.body.contains("action=\"$path\"")
        outbox.enqueue(MailDraft.of('example', to, Language.NL).with('name', 'A').with('topic', 't').with('path', '/')
                .withUnsubscribe()).with { new Outboxes(sql).row(it).status } == 'PENDING'

        when: 'the button'
        def posted = resident.post(path, [:], false)

        then:
        posted.status == 303
        posted.location == path + '?klaar=1'
        resident.get(posted.location).body.contains('Je bent afgemeld. Je krijgt geen voorbeeldberichten meer')
        resident.cookies.isEmpty()

        when: 'from now on mail of that kind is skipped'
        long skipped = outbox.enqueue(MailDraft.of('example', to, Language.NL).with('name', 'A').with('topic', 't')
                .with('path', '/').withUnsubscribe())

        then: 'and the staff page says why, without an address or a body'
        new Outboxes(sql).row(skipped).status == 'SKIPPED'
        with(staff.admin.get("/beheer/berichten/$skipped").body) {
            contains('Niet verstuurd: afgemeld')
            contains('de ontvanger heeft zich afgemeld voor dit soort berichten')
            !contains(to)
        }

        cleanup:
        sendMail.flush()
    }

    def "a link that was not made by us, or for another kind, is not found: #path"() {
        when:
        def page = new WebSession(http.toBlocking()).get(path)
        def posted = new WebSession(http.toBlocking()).post(path, ['List-Unsubscribe': 'One-Click'], false)

        then:
        page.status == 404
        posted.status == 404

        where:
        path << ['/afmelden/example/' + 'A' * 64, '/afmelden/example/kort', '/afmelden/Iets%20Anders/' + 'A' * 64]
    }
}
