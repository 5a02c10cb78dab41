package nl.wijkdeal.plan

import nl.wijkdeal.round.Phase
import nl.wijkdeal.web.FormData
import spock.lang.Specification

import static nl.wijkdeal.plan.CommentRules.Reason.*

/** When a comment or reply may be written, what its text may be, and what reports and hiding need. */
class CommentRulesSpec extends Specification {

    static Comment comment(Long parent, Comment.State state) {
        new Comment(7, 1, parent, null, 'tekst', state, null, state == Comment.State.HIDDEN ? 'omdat' : null)
    }

    def "#phase, plan live #live, replying #replying to #parent: #reason"() {
        expect:
        CommentRules.check(phase, live, replying, Optional.ofNullable(parent)) == reason

        where:
        phase              | live  | replying | parent                                  || reason
        Phase.IDEAS        | true  | false    | null                                    || OK
        Phase.CO_CREATION  | true  | false    | null                                    || OK
        Phase.REVIEW       | true  | false    | null                                    || PHASE_CLOSED
        Phase.VOTING       | true  | true     | comment(null, Comment.State.PUBLISHED)  || PHASE_CLOSED
        Phase.IDEAS        | false    | false    | null                                    || PLAN_NOT_LIVE
        Phase.IDEAS        | false | false    | null                                    || PLAN_NOT_LIVE
        Phase.IDEAS        | true  | true     | null                                    || PARENT_UNKNOWN
        Phase.IDEAS        | true  | true     | comment(null, Comment.State.SUBMITTED)  || PARENT_UNKNOWN
        Phase.IDEAS        | true  | true     | comment(3, Comment.State.PUBLISHED)     || PARENT_IS_REPLY
        Phase.IDEAS        | true  | true     | comment(null, Comment.State.HIDDEN)     || PARENT_HIDDEN
        Phase.CO_CREATION  | true  | true     | comment(null, Comment.State.PUBLISHED)  || OK
    }

    def "text '#typed' -> '#text' #error"() {
        given:
        def errors = [:]

        expect:
        CommentRules.text(typed, 'comment', errors) == text
        errors.comment == error

        where:
        typed                   || text              | error
        'Mooi plan'             || 'Mooi plan'       | null
        '  a\r\nb\u0007  '      || 'a\nb'            | null
        '<b>vet</b>'            || '<b>vet</b>'      | null
        '   '                   || ''                | 'comment.error.text.empty'
        'x' * 2000              || 'x' * 2000        | null
        'x' * 2001              || 'x' * 2001        | 'plan.error.tooLong'
    }

    def "a report needs a reason from the list; the note is optional and limited"() {
        given:
        def errors = [:]

        when:
        def report = ModerationRules.report(FormData.of(fields), errors)

        then:
        report.map { [it.complaint().key(), it.note()] }.orElse(null) == read
        errors.keySet() == wrong as Set

        where:
        fields                                     || read                   | wrong
        [reden: 'spam']                            || ['spam', null]         | []
        [reden: 'off-topic', toelichting: ' Zie ']  || ['off-topic', 'Zie']   | []
        [reden: 'SPAM']                            || null                   | ['reden']
        [toelichting: 'waarom']                    || null                   | ['reden']
        [reden: 'other', toelichting: 'x' * 501]   || null                   | ['toelichting']
    }

    def "hiding needs a public reason of one line"() {
        given:
        def errors = [:]

        expect:
        ModerationRules.hideReason(typed, 'reden', errors).orElse(null) == reason
        errors.reden == error

        where:
        typed                 || reason                 | error
        'het reclame is.'     || 'het reclame is.'      | null
        'het\r\nreclame is.'  || 'het reclame is.'      | null
        ' '                   || null                   | 'moderation.error.reason.empty'
        'x' * 301             || null                   | 'plan.error.tooLong'
    }
}
