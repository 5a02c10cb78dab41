package nl.wijkdeal.plan

import io.micronaut.context.ApplicationContext
import io.micronaut.http.client.HttpClient
import nl.wijkdeal.database.Sql
import nl.wijkdeal.mail.SendMail
import nl.wijkdeal.staff.WebSession

/**
 * Plans and comments for the specs of moderation (and the access matrix): made over HTTP as a
 * resident, confirmed by following the link in the kept mail (demo mode keeps mail in the outbox).
 */
class TestPlans {

    final ApplicationContext context
    final HttpClient http

    TestPlans(ApplicationContext context, HttpClient http) {
        this.context = context
        this.http = http
    }

    static String address(String who) {
        "${who}.${UUID.randomUUID().toString().take(8)}@voorbeeld.nl"
    }

    WebSession resident() {
        new WebSession(http.toBlocking())
    }

    /** A live plan in the round (which must take plans: ideas). @return its id */
    long livePlan(long roundId, String title = 'Plan ' + UUID.randomUUID().toString().take(6)) {
        def b = resident()
        def form = b.get("/rondes/$roundId/plannen/nieuw")
        String key = (form.body =~ /name="formulier" value="([^"]+)"/)[0][1]
        String email = address('auteur')
        def sent = b.post("/rondes/$roundId/plannen", [formulier: key, title: title, summary: 'Een korte samenvatting.',
                                                       description: 'Wat we willen doen.', cost: '1.000', wijk: 'WK001406',
                                                       theme: 'Groen', location: '', shownName: 'Auteur', email: email])
        assert sent.status == 303: sent.body
        assert b.post(link(mailTo(email).text, '/bevestigen/'), [:]).status == 303
        sql().one('SELECT id FROM plan WHERE title = ?', { it.getLong(1) }, title).orElseThrow()
    }

    /** Posts a comment (a reply with {@code op}) from the plan page's form. @return the answer */
    Map comment(WebSession b, long planId, Map fields) {
        def page = b.get(fields.op ? "/plannen/$planId/reageren?op=$fields.op" : "/plannen/$planId")
        def key = page.body =~ /name="formulier" value="([^"]+)"/
        b.post("/plannen/$planId/reacties", (key.find() ? [formulier: key.group(1)] : [:]) + fields)
    }

    /** A live comment (or reply) with this text. @return its id */
    long liveComment(long planId, String text, Map more = [:]) {
        def b = resident()
        String email = address('schrijver')
        def sent = comment(b, planId, [comment: text, shownName: '', email: email] + more)
        assert sent.status == 303: sent.body
        assert b.post(link(mailTo(email).text, '/bevestigen/'), [:]).status == 303
        sql().one('SELECT id FROM plan_comment WHERE plan_id = ? AND body = ?', { it.getLong(1) }, planId, text).orElseThrow()
    }

    /** The newest kept mail to this address: [subject, text] */
    Map mailTo(String email) {
        context.getBean(SendMail).flush()
        sql().one('SELECT subject, body_text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1',
                { rs -> [subject: rs.getString(1), text: rs.getString(2)] }, email).orElseThrow()
    }

    /** The local path of the absolute link in a mail that contains {@code part}. */
    static String link(String text, String part) {
        def url = (text =~ /(https?:\/\/\S*${part}\S*)/)[0][1] as String
        new URI(url).path
    }

    private Sql sql() {
        context.getBean(Sql)
    }
}
