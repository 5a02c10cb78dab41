package nl.wijkdeal.mail

import com.icegreen.greenmail.configuration.GreenMailConfiguration
import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.ServerSetup
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import jakarta.mail.internet.MimeMessage
import jakarta.mail.internet.MimeMultipart
import nl.wijkdeal.database.Sql
import nl.wijkdeal.web.Language
import spock.lang.Shared
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * Mail over real SMTP to GreenMail, an SMTP server in this JVM, with authentication: what arrives,
 * in which language, with which headers; links that work; one-click unsubscribe; two senders at once;
 * retries while the server is down. As in production: no demo mode, a secret, an SMTP host. The
 * scheduler is off, so only the spec sends.
 */
@MicronautTest(transactional = false)
class SmtpSpec extends Specification implements TestPropertyProvider {

    @Shared GreenMail greenMail = start(0)
    /** The port the context was started with; a restarted GreenMail listens on it again. */
    @Shared int port = greenMail.smtp.port

    @Inject Outbox outbox
    @Inject SendMail sendMail
    @Inject Sql sql
    @Inject EmbeddedServer server
    @Inject @Client('/') HttpClient http

    Outboxes db

    static GreenMail start(int port) {
        def setup = new ServerSetup(port, '127.0.0.1', ServerSetup.PROTOCOL_SMTP)
        def mail = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withUser('wijkdeal', 'smtp-wachtwoord-test'))
        mail.start()
        mail
    }

    @Override
    Map<String, String> getProperties() {
        ['wijkdeal.demo'                   : 'false',
         'wijkdeal.scheduler.enabled'      : 'false',
         'wijkdeal.secret'                 : 'test-secret-of-the-smtp-spec-0123456789abcdef',
         'wijkdeal.smtp.host'              : '127.0.0.1',
         'wijkdeal.smtp.port'              : port as String,
         'wijkdeal.smtp.user'              : 'wijkdeal',
         'wijkdeal.smtp.password'          : 'smtp-wachtwoord-test',
         'wijkdeal.smtp.from'              : 'Wijkdeal Groningen <wijkdeal@gemeente.example>',
         'wijkdeal.smtp.starttls'          : 'false',
         'wijkdeal.smtp.timeout'           : '5s',
         'wijkdeal.mail.max-attempts'      : '3']
    }

    def setup() {
        db = new Outboxes(sql)
        if (!greenMail.running) {
            greenMail = start(port)   // a feature that stopped it failed half-way
        }
        // Whatever other specs left pending goes first, so each feature sees only its own mail.
        sendMail.sendDue(Instant.now().plus(Duration.ofDays(1)))
        greenMail.purgeEmailFromAllMailboxes()
    }

    def cleanupSpec() {
        greenMail.stop()
    }

    MailDraft example(String to, Language language) {
        MailDraft.of('example', to, language).with('name', 'Anna & Bram').with('topic', 'bankjes <in> het park')
                .with('path', '/hoe-werkt-het').withUnsubscribe().about('zuid')
    }

    List<MimeMessage> receivedBy(String address) {
        greenMail.receivedMessages.findAll { it.allRecipients*.toString() == [address] }
    }

    static String text(MimeMessage message) {
        def content = message.content
        content instanceof MimeMultipart ? content.getBodyPart(0).content as String : content as String
    }

    def "a mail goes over SMTP in the recipient's language, with its headers, plain text and HTML"() {
        given:
        String anna = Outboxes.address('anna')
        String bram = Outboxes.address('bram')
        long nl = outbox.enqueue(example(anna, Language.NL))
        long en = outbox.enqueue(example(bram, Language.EN))

        when:
        int handled = sendMail.flush()

        then:
        handled == 2
        greenMail.waitForIncomingEmail(5000, 2)
        db.row(nl).status == 'SENT' && db.row(nl).attempts == 1
        db.row(en).status == 'SENT'

        when:
        MimeMessage dutch = receivedBy(anna).first()
        MimeMessage english = receivedBy(bram).first()

        then: 'subject, sender, recipient and language; the plain text is not HTML-escaped'
        dutch.subject == 'Een voorbeeld over bankjes <in> het park'
        english.subject == 'An example about bankjes <in> het park'
        dutch.from*.toString() == ['Wijkdeal Groningen <wijkdeal@gemeente.example>']
        dutch.getHeader('Content-Language') == ['nl'] as String[]
        english.getHeader('Content-Language') == ['en'] as String[]
        dutch.getHeader('Auto-Submitted') == ['auto-generated'] as String[]
        text(dutch).startsWith('Hallo Anna & Bram,')
        text(english).startsWith('Hello Anna & Bram,')
        text(english).contains('Kind regards,')

        and: 'the HTML alternative is escaped as HTML'
        def html = (dutch.content as MimeMultipart).getBodyPart(1)
        html.contentType.startsWith('text/html')
        (html.content as String).contains('bankjes &lt;in&gt; het park')
        (html.content as String).contains('<html lang="nl">')

        and: 'one-click unsubscribe headers (RFC 8058), the same link as in the footer'
        String unsubscribe = dutch.getHeader('List-Unsubscribe')[0].replaceAll(/^<|>$/, '')
        dutch.getHeader('List-Unsubscribe-Post') == ['List-Unsubscribe=One-Click'] as String[]
        text(dutch).contains(unsubscribe)
    }

    def "the link in a mail is absolute and leads to the page on this server"() {
        given:
        String to = Outboxes.address()
        outbox.enqueue(example(to, Language.NL))

        when:
        sendMail.flush()
        greenMail.waitForIncomingEmail(5000, 1)
        String body = text(receivedBy(to).first())
        String link = (body =~ /(https?:\/\/\S+\/hoe-werkt-het)/)[0][1]

        then:
        link == server.URL.toString() + '/hoe-werkt-het'

        when:
        def page = http.toBlocking().exchange(HttpRequest.GET(URI.create(link).path).accept(MediaType.TEXT_HTML_TYPE), String)

        then:
        page.status.code == 200
        page.body().contains('<h1')
    }

    def "one-click unsubscribe from the header, without a login or a cookie: later mail of that kind is skipped"() {
        given:
        String to = Outboxes.address()
        outbox.enqueue(example(to, Language.NL))
        sendMail.flush()
        greenMail.waitForIncomingEmail(5000, 1)
        String link = receivedBy(to).first().getHeader('List-Unsubscribe')[0].replaceAll(/^<|>$/, '')

        when: 'the mail program posts, as RFC 8058 says'
        def answer = http.toBlocking().exchange(HttpRequest.POST(URI.create(link).path, 'List-Unsubscribe=One-Click')
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String)

        then:
        answer.status.code == 200
        answer.body().contains('Je bent afgemeld')

        when: 'the next mail of that kind, and a mail that cannot be unsubscribed from'
        long skipped = outbox.enqueue(example(to.toUpperCase(), Language.NL))
        long confirm = outbox.enqueue(MailDraft.of('example', to, Language.NL).with('name', 'A').with('topic', 't').with('path', '/'))
        sendMail.flush()
        greenMail.waitForIncomingEmail(5000, 2)

        then: 'the first is kept as skipped without the address or the body; the second goes out'
        with(db.row(skipped)) {
            status == 'SKIPPED'
            recipient == null && body_text == null && recipient_hash == null
            subject == 'Een voorbeeld over bankjes <in> het park'
        }
        db.row(confirm).status == 'SENT'
        receivedBy(to).size() == 2
        receivedBy(to)[1].getHeader('List-Unsubscribe') == null
    }

    def "two senders at once send every mail exactly once"() {
        given:
        List<String> addresses = (1..40).collect { Outboxes.address("race$it") }
        List<Long> ids = addresses.collect { outbox.enqueue(example(it, Language.NL)) }
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(2)

        when:
        def runs = (1..2).collect {
            pool.submit({ start.await(); sendMail.flush() } as Callable<Integer>)
        }
        start.countDown()
        List<Integer> handled = runs*.get(60, TimeUnit.SECONDS)
        pool.shutdown()
        greenMail.waitForIncomingEmail(10000, 40)

        then: 'together they handled 40; each address received one mail'
        handled.sum() == 40
        addresses.every { receivedBy(it).size() == 1 }
        greenMail.receivedMessages.length == 40
        ids.every { db.row(it).status == 'SENT' && db.row(it).attempts == 1 }

        and: 'both did part of the work (SKIP LOCKED: neither waited for the other)'
        println "senders handled $handled"
        handled.every { it > 0 }
    }

    def "while the server is down: retried with a doubling wait, given up after the last attempt, kept and visible"() {
        given:
        greenMail.stop()
        String to = Outboxes.address()
        long id = outbox.enqueue(example(to, Language.NL))
        // What timestamptz keeps: microseconds.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS)

        when: 'the first attempt'
        int first = sendMail.sendDue(now)

        then:
        first == 1
        with(db.row(id)) {
            status == 'PENDING'
            attempts == 1
            last_error == 'ConnectException'
            next_attempt_at.toInstant() == now.plus(Duration.ofMinutes(1))
        }

        and: 'not due again before the wait is over'
        sendMail.sendDue(now.plusSeconds(59)) == 0
        db.row(id).attempts == 1

        when: 'the second attempt, a minute later'
        sendMail.sendDue(now.plusSeconds(60))

        then: 'the wait doubles'
        db.row(id).attempts == 2
        db.row(id).next_attempt_at.toInstant() == now.plusSeconds(60 + 120)

        when: 'the third and last allowed attempt'
        sendMail.sendDue(now.plusSeconds(180))

        then: 'given up, kept with its reason'
        with(db.row(id)) {
            status == 'FAILED'
            attempts == 3
            last_error == 'ConnectException'
            done_at != null
        }

        when: 'later runs leave it alone'
        sendMail.sendDue(now.plus(Duration.ofDays(1)))

        then:
        db.row(id).attempts == 3

        when: 'the server is back: new mail goes out, the failed one stays failed'
        greenMail = start(port)
        String later = Outboxes.address()
        outbox.enqueue(example(later, Language.NL))
        sendMail.flush()
        greenMail.waitForIncomingEmail(5000, 1)

        then:
        receivedBy(later).size() == 1
        receivedBy(to).isEmpty()
        db.row(id).status == 'FAILED'
    }

    def "a wrong SMTP password is a failure like any other: nothing is lost"() {
        given: 'the server knows another password now'
        greenMail.stop()
        greenMail = new GreenMail(new ServerSetup(port, '127.0.0.1', ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser('wijkdeal', 'een-ander-wachtwoord'))
        greenMail.start()
        String to = Outboxes.address()
        long id = outbox.enqueue(example(to, Language.NL))

        when:
        sendMail.flush()

        then:
        with(db.row(id)) {
            status == 'PENDING'
            attempts == 1
            last_error == 'AuthenticationFailedException'
        }

        cleanup:
        greenMail.stop()
        greenMail = start(port)
        sendMail.sendDue(Instant.now().plus(Duration.ofDays(1)))
    }
}
