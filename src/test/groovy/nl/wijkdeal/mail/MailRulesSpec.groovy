package nl.wijkdeal.mail

import nl.wijkdeal.mail.DeliveryRules.Delivery
import nl.wijkdeal.mail.DeliveryRules.Reason
import spock.lang.Specification

import java.time.Duration

/** The pure parts of mail: retry and backoff, where mail goes, links in a body. */
class MailRulesSpec extends Specification {

    static final Duration MINUTE = Duration.ofMinutes(1)
    static final Duration SIX_HOURS = Duration.ofHours(6)

    def "after failed attempt #attempts (permanent: #permanent) of 8: #reason, wait #minutes min"() {
        when:
        def decision = RetryRules.afterFailure(attempts, permanent, 8, MINUTE, SIX_HOURS)

        then:
        decision.reason() == reason
        decision.delay() == Duration.ofMinutes(minutes)
        decision.givesUp() == (reason != RetryRules.Reason.TRY_AGAIN)

        where:
        attempts | permanent || reason                               | minutes
        1        | false     || RetryRules.Reason.TRY_AGAIN          | 1
        2        | false     || RetryRules.Reason.TRY_AGAIN          | 2
        3        | false     || RetryRules.Reason.TRY_AGAIN          | 4
        7        | false     || RetryRules.Reason.TRY_AGAIN          | 64
        8        | false     || RetryRules.Reason.TOO_MANY_ATTEMPTS  | 0
        9        | false     || RetryRules.Reason.TOO_MANY_ATTEMPTS  | 0
        1        | true      || RetryRules.Reason.REFUSED            | 0
    }

    def "the wait never passes the longest, however many attempts are allowed"() {
        expect:
        RetryRules.afterFailure(attempts, false, 1000, MINUTE, SIX_HOURS).delay() == expected

        where:
        attempts || expected
        9        || Duration.ofMinutes(256)
        10       || SIX_HOURS
        63       || SIX_HOURS
        500      || SIX_HOURS
    }

    def "delivery #setting, demo #demo, host #host: #delivery because #reason"() {
        expect:
        DeliveryRules.choose(setting, demo, host) == new DeliveryRules.Choice(delivery, reason)

        where:
        setting  | demo  | host  || delivery      | reason
        null     | false | true  || Delivery.SMTP | Reason.SMTP_CONFIGURED
        'auto'   | false | true  || Delivery.SMTP | Reason.SMTP_CONFIGURED
        ' AUTO ' | true  | true  || Delivery.KEEP | Reason.DEMO_MODE
        ''       | false | false || Delivery.KEEP | Reason.NO_SMTP_HOST
        'smtp'   | true  | true  || Delivery.SMTP | Reason.SMTP_REQUESTED
        'smtp'   | false | false || null          | Reason.SMTP_REQUESTED_WITHOUT_HOST
        'keep'   | false | true  || Delivery.KEEP | Reason.KEEP_REQUESTED
        'send'   | false | true  || null          | Reason.UNKNOWN_SETTING
    }

    def "a body's links become links, sentence punctuation stays text: #text"() {
        expect:
        LinkedText.parts(text).collect { it.href() ? "[${it.text()}]" : it.text() }.join('|') == expected

        where:
        text                                              || expected
        'Kijk op https://w.nl/a/b?x=1.'                   || 'Kijk op |[https://w.nl/a/b?x=1]|.'
        '(zie http://localhost:8080/plannen/12)'          || '(zie |[http://localhost:8080/plannen/12]|)'
        'https://a.nl\nen https://b.nl/c, klaar'          || '[https://a.nl]|\nen |[https://b.nl/c]|, klaar'
        'geen link, ook niet javascript:alert(1) of www.' || 'geen link, ook niet javascript:alert(1) of www.'
        '<https://w.nl/x>'                                || '<|[https://w.nl/x]|>'
    }
}
