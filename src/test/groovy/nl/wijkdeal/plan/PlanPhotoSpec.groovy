package nl.wijkdeal.plan

import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import nl.wijkdeal.database.Sql
import nl.wijkdeal.mail.SendMail
import nl.wijkdeal.round.Phase
import nl.wijkdeal.round.TestRounds
import nl.wijkdeal.staff.WebSession
import spock.lang.Shared
import spock.lang.Specification

/**
 * A plan's photo over HTTP, as a browser sends it (multipart, CSRF field first): what a phone's
 * photo says about where it was taken never reaches the database or another visitor; a refused
 * photo keeps everything else that was typed; the author replaces or removes it.
 */
@MicronautTest(transactional = false)
class PlanPhotoSpec extends Specification {

    @Inject @Client('/') HttpClient http
    @Inject Sql sql
    @Inject ApplicationContext context
    @Inject SendMail sendMail
    @Inject EmbeddedServer server

    @Shared long roundId

    def setup() {
        if (!roundId) {
            roundId = new TestRounds(context, http).create(Phase.IDEAS, [name: 'Fotoronde'])
        }
    }

    static Map<String, Object> plan(Map changes = [:]) {
        PlanFlowSpec.plan(changes)
    }

    static Map jpegFile(byte[] bytes, String name = 'IMG_2041.jpg') {
        [filename: name, type: 'image/jpeg', bytes: bytes]
    }

    Map submit(WebSession b, Map fields, Map files) {
        def form = b.get("/rondes/$roundId/plannen/nieuw")
        assert form.body.contains('enctype="multipart/form-data"')
        String key = (form.body =~ /name="formulier" value="([^"]+)"/)[0][1]
        b.postMultipart("/rondes/$roundId/plannen", [formulier: key] + fields, files)
    }

    long planId(String title) {
        sql.one('SELECT id FROM plan WHERE title = ?', { it.getLong(1) }, title).orElseThrow()
    }

    Optional<byte[]> stored(long planId) {
        sql.one('SELECT bytes FROM plan_photo WHERE plan_id = ?', { it.getBytes(1) }, planId)
    }

    /** Confirms the plan by the link in its mail; @return the mail's text (it holds the edit link) */
    String confirm(WebSession b, String email) {
        sendMail.flush()
        String text = sql.one('SELECT body_text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1',
                { it.getString(1) }, email).orElseThrow()
        b.post(PlanFlowSpec.link(text, '/bevestigen/'), [:])
        text
    }

    HttpResponse<byte[]> fetch(String path, Map<String, String> headers = [:]) {
        def request = HttpRequest.GET(path)
        headers.each { k, v -> request.header(k, v) }
        try {
            http.toBlocking().exchange(request, byte[])
        } catch (HttpClientResponseException e) {
            e.response as HttpResponse<byte[]>
        }
    }

    def "a phone photo with GPS in its EXIF: stored and served without any of its metadata"() {
        given:
        def b = new WebSession(http.toBlocking())
        def fields = plan()
        byte[] upload = TestPhotos.withMetadata(TestPhotos.jpeg(2400, 1800), 6)
        assert new String(upload, 'ISO-8859-1').contains('Exif')

        when:
        def answer = submit(b, fields, [foto: jpegFile(upload)])
        long id = planId(fields.title)

        then:
        answer.status == 303
        stored(id).isPresent()
        fetch("/plannen/$id/foto").status.code == 404     // not public before the e-mail is confirmed

        when:
        confirm(b, fields.email)
        def photo = fetch("/plannen/$id/foto")
        byte[] served = photo.body()
        String text = new String(served, 'ISO-8859-1')
        def page = b.get("/plannen/$id")

        then:
        photo.status.code == 200
        photo.contentType.get().toString() == 'image/jpeg'
        photo.header('X-Content-Type-Options') == 'nosniff'
        photo.header('Cache-Control') == 'public, max-age=300'
        served == stored(id).get()
        !TestPhotos.jpegMarkers(served).any { it in [0xe1, 0xe2, 0xed, 0xfe] }
        !text.contains('Exif') && !text.contains('GPS') && !text.contains('xmpmeta') && !text.contains('geheime')
        sql.one('SELECT width, height FROM plan_photo WHERE plan_id = ?', { [it.getInt(1), it.getInt(2)] }, id).get() == [1200, 1600]
        page.body.contains("<img class=\"plan-photo\" src=\"/plannen/$id/foto\" alt=\"Foto bij het plan: ${fields.title}\" width=\"1200\" height=\"1600\">")

        when: 'the browser asks again with the ETag'
        def again = fetch("/plannen/$id/foto", ['If-None-Match': photo.header('ETag')])

        then:
        again.status.code == 304

        when: 'the gebiedsteam hides the plan'
        sql.update("UPDATE plan SET hidden_reason = 'Foto van een huis met huisnummer' WHERE id = ?", id)

        then: 'the photo goes with it'
        fetch("/plannen/$id/foto").status.code == 404
    }

    def "#what: the message beside the photo field, everything else kept, nothing saved"() {
        given:
        def b = new WebSession(http.toBlocking())
        def fields = plan(changes)

        when:
        def answer = submit(b, fields, [foto: file])

        then:
        answer.status == 400
        answer.body.contains(message)
        answer.body.contains('aria-describedby="foto-hint foto-error" aria-invalid="true"')
        answer.body.contains("value=\"${fields.title}\"")
        answer.body.contains('Drie bankjes om even te rusten.')
        answer.body.contains('Veel ouderen lopen hier.')
        answer.body.contains('value="Wijertpark"')
        answer.body.contains('value="Anna"')
        answer.body.contains("value=\"${fields.email}\"")
        sql.one('SELECT count(*) FROM plan WHERE title = ?', { it.getLong(1) }, fields.title).get() == 0

        where:
        what                                  | changes     | file                                                           || message
        'a text file called foto.jpg'         | [:]         | jpegFile('Dit is geen foto.\n'.bytes, 'foto.jpg')              || 'Dit is geen foto in JPEG of PNG. Kies een andere foto.'
        'a photo over 8 MB'                   | [:]         | jpegFile(PhotoRulesSpec.jpegOf(PhotoRules.MAX_BYTES + 1))      || 'Deze foto is te groot. Kies een foto van hoogstens 8 MB.'
        'a header claiming 30000 x 30000'     | [:]         | [filename: 'bom.png', type: 'image/png', bytes: TestPhotos.pngClaiming(30_000, 30_000)] || 'Deze foto heeft te veel pixels.'
        'a good photo, but no cost'           | [cost: '']  | jpegFile(TestPhotos.jpeg(300, 200))                            || 'Kies de foto opnieuw voordat je weer verstuurt.'
    }

    def "without a photo the form works as before, also url-encoded; such a plan's photo is 404"() {
        given:
        def b = new WebSession(http.toBlocking())
        def multipart = plan()
        def urlencoded = plan()

        when: 'multipart as a browser sends it with no file chosen: an empty part with filename=""'
        def form = b.get("/rondes/$roundId/plannen/nieuw")
        String boundary = '----WebKitFormBoundaryQ8Ys3pMvR1fWz0aB'
        def parts = [csrf: b.lastCsrf, formulier: UUID.randomUUID().toString()] + multipart
        String raw = parts.collect { k, v -> "--$boundary\r\nContent-Disposition: form-data; name=\"$k\"\r\n\r\n$v\r\n" }.join('') +
                "--$boundary\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n" +
                "--$boundary--\r\n"
        def first = b.postRaw(server.URI, "/rondes/$roundId/plannen", "multipart/form-data; boundary=$boundary", raw.getBytes('UTF-8'))
        form = b.get("/rondes/$roundId/plannen/nieuw")
        String key = (form.body =~ /name="formulier" value="([^"]+)"/)[0][1]
        def second = b.post("/rondes/$roundId/plannen", [formulier: key] + urlencoded)
        confirm(b, multipart.email)

        then:
        first.status == 303
        second.status == 303
        stored(planId(multipart.title)).isEmpty()
        stored(planId(urlencoded.title)).isEmpty()
        fetch("/plannen/${planId(multipart.title)}/foto").status.code == 404
        !b.get("/plannen/${planId(multipart.title)}").body.contains('<img')
        fetch("/plannen/999999999/foto").status.code == 404
    }

    def "the author replaces the photo, then removes it, with the personal link"() {
        given: 'a live plan with a photo'
        def b = new WebSession(http.toBlocking())
        def fields = plan()
        submit(b, fields, [foto: jpegFile(TestPhotos.jpeg(640, 480))])
        long id = planId(fields.title)
        String edit = PlanFlowSpec.link(confirm(b, fields.email), '/bewerken/')
        byte[] before = stored(id).get()
        def text = [versie: '1', title: fields.title, summary: fields.summary, description: fields.description, cost: fields.cost,
                    wijk: fields.wijk, theme: fields.theme, location: fields.location]

        when:
        def page = b.get(edit)

        then:
        page.body.contains('enctype="multipart/form-data"')
        page.body.contains("src=\"/plannen/$id/foto\"")
        page.body.contains('Foto weghalen')

        when: 'a new photo, the text unchanged'
        def replaced = b.postMultipart(edit, text, [foto: [filename: 'nieuw.png', type: 'image/png', bytes: TestPhotos.png(200, 100, true)]])

        then:
        replaced.status == 303
        stored(id).get() != before
        fetch("/plannen/$id/foto").contentType.get().toString() == 'image/png'
        sql.one('SELECT version FROM plan WHERE id = ?', { it.getInt(1) }, id).get() == 1

        when: 'a refused photo on the edit page: the old one stays, the typed text comes back'
        b.get(edit)
        def refused = b.postMultipart(edit, text + [summary: 'Ook een glijbaan.'], [foto: jpegFile('nee'.bytes)])

        then:
        refused.status == 400
        refused.body.contains('Dit is geen foto in JPEG of PNG.')
        refused.body.contains('Ook een glijbaan.')
        fetch("/plannen/$id/foto").status.code == 200

        when: 'the box "Foto weghalen"'
        b.get(edit)
        def removed = b.postMultipart(edit, text + [fotoWeg: 'ja'], [foto: [filename: '', type: 'application/octet-stream', bytes: new byte[0]]])

        then:
        removed.status == 303
        stored(id).isEmpty()
        fetch("/plannen/$id/foto").status.code == 404
    }

    def "an upload beyond the server's request limit (40 MB) is the friendly 413 page, not a failure"() {
        given:
        def b = new WebSession(http.toBlocking())

        when:
        def answer = submit(b, plan(), [foto: jpegFile(PhotoRulesSpec.jpegOf(41 * 1024 * 1024))])

        then:
        answer.status == 413
        answer.body.contains('Dit is te groot')
    }

    def "a multipart form needs the CSRF token as well: missing, wrong or buried behind the photo is refused"() {
        given:
        def b = new WebSession(http.toBlocking())
        def fields = plan()
        b.get("/rondes/$roundId/plannen/nieuw")
        String token = b.lastCsrf
        byte[] big = TestPhotos.jpeg(600, 600)

        when:
        def missing = b.postMultipart("/rondes/$roundId/plannen", fields, [foto: jpegFile(big)], false)
        def wrong = b.postMultipart("/rondes/$roundId/plannen", [csrf: 'A' * 43] + fields, [foto: jpegFile(big)], false)
        def late = b.postMultipart("/rondes/$roundId/plannen", [:],
                [foto: jpegFile(TestPhotos.cat(big, new byte[20_000])), csrf: [filename: '', type: 'text/plain', bytes: token.bytes]], false)

        then:
        [missing, wrong, late]*.status == [403, 403, 403]
        sql.one('SELECT count(*) FROM plan WHERE title = ?', { it.getLong(1) }, fields.title).get() == 0
    }
}
