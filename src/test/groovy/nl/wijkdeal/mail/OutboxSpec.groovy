package nl.wijkdeal.mail

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.transaction.TransactionOperations
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.web.Language
import spock.lang.Specification

import java.sql.Connection
import java.time.Duration
import java.time.Instant

/**
 * The outbox on real PostgreSQL, in the tests' usual demo mode: mail is kept, not sent. Whether a
 * mail exists follows the caller's transaction; templates, opt-outs and the retention period.
 */
@MicronautTest(transactional = false)
class OutboxSpec extends Specification {

    @Inject Outbox outbox
    @Inject SendMail sendMail
    @Inject ForgetMail forgetMail
    @Inject Unsubscribe unsubscribe
    @Inject MailKeys keys
    @Inject TransactionOperations<Connection> transactions
    @Inject Sql sql

    Outboxes db

    def setup() {
        db = new Outboxes(sql)
    }

    MailDraft example(String to, Language language = Language.NL) {
        MailDraft.of('example', to, language).with('name', 'Anna').with('topic', 'Bankjes & bomen').with('path', '/gebieden/zuid')
    }

    def "a mail exists if and only if the caller's transaction commits"() {
        given:
        String rolledBack = Outboxes.address()
        String committed = Outboxes.address()

        when: 'the business change fails after the mail was queued'
        transactions.executeWrite { status ->
            outbox.enqueue(example(rolledBack))
            throw new IllegalStateException('the change itself failed')
        }

        then:
        thrown(IllegalStateException)
        db.count(rolledBack) == 0

        when:
        transactions.executeWrite { status -> outbox.enqueue(example(committed)) }

        then:
        db.count(committed) == 1
    }

    def "in demo mode a flushed mail is kept, not sent, with its body and absolute links"() {
        given:
        String to = Outboxes.address()
        long id = outbox.enqueue(example(to, Language.EN))

        expect:
        sendMail.delivery().delivery() == DeliveryRules.Delivery.KEEP
        sendMail.delivery().reason() == DeliveryRules.Reason.DEMO_MODE

        when:
        sendMail.flush()
        def row = db.row(id)

        then: 'written in English, the plain text not HTML-escaped, the link absolute'
        row.status == 'KEPT'
        row.attempts == 0
        row.done_at != null
        row.language == 'en'
        row.subject == 'An example about Bankjes & bomen'
        row.body_text.startsWith('Hello Anna,\n\nThis is an example of a message from Wijkdeal about Bankjes & bomen.')
        row.body_text =~ /\nhttp:\/\/localhost:\d+\/gebieden\/zuid\n/
        row.body_html.contains('Bankjes &amp; bomen')
        !row.unsubscribable
        row.unsubscribe_url == null
    }

    def "a mail that is not well-formed is refused before it reaches the outbox"() {
        when:
        new Mail(to, Language.NL, kind, subject, 'tekst', null, false, null)

        then:
        def e = thrown(IllegalArgumentException)
        !e.message.contains('@')

        where:
        to                              | kind          | subject
        'geen-adres'                    | 'example'     | 'Onderwerp'
        'a@b.nl\r\nBcc: x@y.nl'         | 'example'     | 'Onderwerp'
        'Jan <jan@voorbeeld.nl>'        | 'example'     | 'Onderwerp'
        'jan@voorbeeld.nl'              | 'Plan Status' | 'Onderwerp'
        'jan@voorbeeld.nl'              | 'example'     | 'Twee\nregels'
        'jan@voorbeeld.nl'              | 'example'     | ' '
    }

    def "an address that opted out of a kind gets no more mail of that kind; other kinds still arrive"() {
        given:
        String to = Outboxes.address()
        String token = keys.unsubscribeToken('example', keys.addressHash(to))

        when:
        boolean opted = unsubscribe.optOut('example', token)
        boolean again = unsubscribe.optOut('example', token)
        long skipped = outbox.enqueue(example(to).withUnsubscribe())
        long otherCase = outbox.enqueue(example(to.toUpperCase()).withUnsubscribe().about('zuid'))
        long confirmation = outbox.enqueue(example(to))
        long otherKind = outbox.enqueue(new Mail(to, Language.NL, 'example.other', 'Iets anders', 'tekst', null, true, null))

        then:
        opted && again
        with(db.row(skipped)) {
            status == 'SKIPPED'
            recipient == null && recipient_hash == null && body_text == null && body_html == null
            subject == 'Een voorbeeld over Bankjes & bomen'
            forgotten_at != null
        }
        db.row(otherCase).status == 'SKIPPED'
        db.row(confirmation).status == 'PENDING'
        db.row(otherKind).status == 'PENDING'

        and: 'a link made for another kind or another address does not opt out'
        !unsubscribe.optOut('example.other', token)
        !unsubscribe.optOut('example', keys.unsubscribeToken('example', keys.addressHash(Outboxes.address())).reverse())
        !unsubscribe.optOut('example', 'kort')
    }

    def "opting out after a mail was queued, before it was sent, still stops it"() {
        given:
        String to = Outboxes.address()
        long id = outbox.enqueue(example(to).withUnsubscribe())

        when:
        unsubscribe.optOut('example', keys.unsubscribeToken('example', keys.addressHash(to.toUpperCase())))
        sendMail.flush()

        then:
        with(db.row(id)) {
            status == 'SKIPPED'
            recipient == null && body_text == null
        }
    }

    def "after the retention period the address, bodies and links are removed; kind and subject stay"() {
        given:
        String to = Outboxes.address()
        long id = outbox.enqueue(example(to).withUnsubscribe())
        long alsoDone = outbox.enqueue(example(Outboxes.address()))
        sendMail.flush()
        Instant doneAt = db.row(id).done_at.toInstant()
        // The next one is queued after the flush, so it is still pending below.
        long waiting = outbox.enqueue(example(Outboxes.address()))

        when: 'a day before the 30 days are over'
        forgetMail.forget(doneAt.plus(Duration.ofDays(29)))

        then:
        db.row(id).recipient == to

        when:
        forgetMail.forget(doneAt.plus(Duration.ofDays(30)).plusSeconds(1))

        then:
        with(db.row(id)) {
            recipient == null && recipient_hash == null && body_text == null && body_html == null && unsubscribe_url == null
            forgotten_at != null
            kind == 'example'
            subject == 'Een voorbeeld over Bankjes & bomen'
            status == 'KEPT'
        }
        db.row(alsoDone).forgotten_at != null

        and: 'a mail still waiting to be sent keeps what it needs'
        db.row(waiting).recipient != null
        db.row(waiting).status == 'PENDING'

        cleanup:
        sendMail.flush()
    }
}
