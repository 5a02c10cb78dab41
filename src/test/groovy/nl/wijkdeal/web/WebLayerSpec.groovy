package nl.wijkdeal.web

import io.micronaut.context.annotation.Requires
import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.annotation.Body
import io.micronaut.http.annotation.Controller
import io.micronaut.http.annotation.Post
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

/** The web layer over HTTP: pages, languages, errors and the API, against real PostgreSQL. */
@MicronautTest(transactional = false)
class WebLayerSpec extends Specification {

    @Inject @Client('/') HttpClient http

    String get(String path, String cookie = null) {
        def request = HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE)
        if (cookie) request.header('Cookie', cookie)
        http.toBlocking().retrieve(request)
    }

    HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.toBlocking().exchange(request, String)
        } catch (HttpClientResponseException e) {
            return e.response as HttpResponse<String>
        }
    }

    def "#path is a page in Dutch on the shared layout"() {
        when:
        def html = get(path)

        then:
        html.contains('<html lang="nl">')
        html.contains('<a class="skip-link" href="#inhoud">Ga direct naar de inhoud</a>')
        html.contains('<main id="inhoud"')
        html.contains(heading)

        where:
        path                || heading
        '/'                 || '<h1>Wijkdeal: samen beslissen over je wijk</h1>'
        '/hoe-werkt-het'    || '<h1>Hoe werkt een wijkdeal?</h1>'
        '/toegankelijkheid' || '<h1>Toegankelijkheid</h1>'
        '/gebieden/zuid'    || '<h1>Gebied Zuid</h1>'
        '/wijken/WK001406'  || '<h1>Wijk Helpman e.o.</h1>'
        '/wijken/wk001406'  || '<h1>Wijk Helpman e.o.</h1>'
    }

    def "the home page lists every gebied with its wijken"() {
        when:
        def html = get('/')

        then:
        ['Centrum', 'Oude Wijken', 'Oost', 'Zuid', 'West', 'Haren', 'Ten Boer'].every { html.contains(">$it</a>") }
        html.contains('<a href="/wijken/WK001406">Helpman e.o.</a>')
    }

    def "choosing English is remembered in a cookie and brings you back to the same page"() {
        when:
        def response = exchange(HttpRequest.GET('/taal/en?terug=%2Fwijken%2FWK001406'))

        then:
        response.status.code == 303
        response.header('Location') == '/wijken/WK001406'
        def cookie = response.getCookie('taal').get()
        cookie.value == 'en'
        cookie.httpOnly

        and: 'the page then comes in English, with a link back to Dutch'
        def html = get('/wijken/WK001406', 'taal=en')
        html.contains('<html lang="en">')
        html.contains('<h1>Neighbourhood Helpman e.o.</h1>')
        html.contains('hreflang="nl">Nederlands</a>')
    }

    def "a postcode leads to its wijk"() {
        when:
        def response = exchange(HttpRequest.GET('/wijk-zoeken?postcode=9722%20ab'))

        then:
        response.status.code == 303
        response.header('Location') == '/wijken/WK001406'
    }

    def "a wrong postcode comes back in the form, with the reason beside the field: '#typed'"() {
        when:
        def response = exchange(HttpRequest.GET('/wijk-zoeken?postcode=' + URLEncoder.encode(typed, 'UTF-8'))
                .accept(MediaType.TEXT_HTML_TYPE))

        then:
        response.status.code == 400
        def html = response.body()
        html.contains("value=\"${typed.strip()}\"")
        html.contains(message)
        html.contains('aria-invalid="true"')
        html.contains('aria-describedby="postcode-hint postcode-error"')

        where:
        typed     || message
        ''        || 'Vul je postcode in.'
        'abc'     || 'Dit is geen postcode.'
        '1012 AB' || 'Deze postcode hoort niet bij een wijk van de gemeente.'
    }

    def "unknown pages get a friendly page in the visitor's language: #path"() {
        when:
        def response = exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE).header('Cookie', cookie))

        then:
        response.status.code == 404
        response.contentType.get().name == 'text/html'
        response.body().contains(title)
        !response.body().contains('Exception')

        where:
        path               | cookie    || title
        '/bestaat-niet'    | 'taal=nl' || '<h1>Deze pagina bestaat niet</h1>'
        '/bestaat-niet'    | 'taal=en' || '<h1>This page does not exist</h1>'
        '/wijken/abc'      | 'taal=nl' || '<h1>Deze pagina bestaat niet</h1>'
        '/wijken/WK009999' | 'taal=nl' || '<h1>Deze pagina bestaat niet</h1>'
        '/gebieden/nergens'| 'taal=nl' || '<h1>Deze pagina bestaat niet</h1>'
    }

    def "403 and 400 have their own page in both languages: #status #cookie"() {
        when:
        def response = exchange(HttpRequest.GET("/test-status/$status").accept(MediaType.TEXT_HTML_TYPE).header('Cookie', cookie))

        then:
        response.status.code == status
        response.body().contains(title)
        response.body().contains(code)

        where:
        status | cookie    || title                                          | code
        403    | 'taal=nl' || '<h1>Je mag deze pagina niet zien</h1>'          | 'Foutcode 403'
        403    | 'taal=en' || '<h1>You may not see this page</h1>'             | 'Error code 403'
        400    | 'taal=nl' || '<h1>Er ging iets mis met je verzoek</h1>'       | 'Foutcode 400'
        400    | 'taal=en' || '<h1>Something went wrong with your request</h1>' | 'Error code 400'
    }

    def "the API lists the gebieden with their wijken and postcodes"() {
        when:
        def areas = http.toBlocking().retrieve(HttpRequest.GET('/api/v1/areas'), Argument.listOf(Map))

        then:
        areas.size() == 7
        def zuid = areas.find { it.code == 'zuid' }
        zuid.name == 'Zuid'
        zuid.neighbourhoods.find { it.cbsCode == 'WK001401' }.postcodes == [[first: 9724, last: 9726]]
    }

    def "API errors are application/problem+json with a Dutch explanation: #path"() {
        when:
        def response = exchange(HttpRequest.GET(path))

        then:
        response.status.code == status
        response.contentType.get().toString() == 'application/problem+json'
        def problem = new groovy.json.JsonSlurper().parseText(response.body())
        problem.status == status
        problem.title == title
        problem.instance == path

        where:
        path                              || status | title
        '/api/v1/bestaat-niet'            || 404    | 'Deze pagina bestaat niet'
        '/api/v1/areas/nergens'           || 404    | 'Deze pagina bestaat niet'
        '/api/v1/neighbourhoods/WK009999' || 404    | 'Deze pagina bestaat niet'
        '/api/v1/neighbourhoods/abc'      || 400    | 'Er ging iets mis met je verzoek'
    }

    def "malformed JSON gets a 400 problem, not a 500"() {
        when:
        def response = exchange(HttpRequest.POST('/api/v1/test-echo', '{"name": "zuid"')
                .contentType(MediaType.APPLICATION_JSON_TYPE))

        then:
        response.status.code == 400
        response.contentType.get().toString() == 'application/problem+json'
        response.body().contains('De gegevens kloppen niet')
        !response.body().contains('Exception')
    }

    def "a request above the size limit gets a clear 413"() {
        when:
        def response = exchange(HttpRequest.POST('/api/v1/test-echo', '{"name": "' + ('x' * (41 * 1024 * 1024)) + '"}')
                .contentType(MediaType.APPLICATION_JSON_TYPE))

        then:
        response.status.code == 413
        response.body().contains('Dit is te groot')
    }

    def "an unexpected failure is a friendly 500 page without a stack trace"() {
        when:
        def response = exchange(HttpRequest.GET('/test-failure').accept(MediaType.TEXT_HTML_TYPE))

        then:
        response.status.code == 500
        response.body().contains('<h1>Er ging iets mis bij ons</h1>')
        !response.body().contains('IllegalStateException')
        !response.body().contains('geheim')
    }

    def "every answer carries the security headers"() {
        when:
        def response = exchange(HttpRequest.GET('/'))

        then:
        response.header('Content-Security-Policy').contains("frame-ancestors 'none'")
        !response.header('Content-Security-Policy').contains('unsafe-inline')
        response.header('X-Content-Type-Options') == 'nosniff'
        response.header('Referrer-Policy') == 'same-origin'
    }

    def "health reports the database without its address"() {
        when:
        def health = http.toBlocking().retrieve(HttpRequest.GET('/health'), Map)

        then:
        health.status == 'UP'
        health.details.database.status == 'UP'
        health.details.database.details.server.startsWith('PostgreSQL ')
        // the newest migration in migrations/ (read here, so a new migration needs no change in this spec)
        health.details.database.details.schema == new File('migrations').list()
                .collect { (it =~ /^V(\d+)__/)[0][1] as int }.max() as String
        !(health.toString().contains('jdbc:'))
    }

    def "the OpenAPI document describes the API"() {
        when:
        def yaml = http.toBlocking().retrieve('/openapi/wijkdeal-1.yml')

        then:
        yaml.startsWith('openapi: 3')
        yaml.contains('/api/v1/areas:')
        yaml.contains('/api/v1/neighbourhoods/{code}:')
        !yaml.contains('/hoe-werkt-het')
    }

    /** Endpoints that exist only in tests, to provoke errors the product has no route for yet. */
    @Requires(env = 'test')
    @Controller
    static class TestEndpoints {
        @Post('/api/v1/test-echo')
        Map<String, Object> echo(@Body Map<String, Object> body) { body }

        @io.micronaut.http.annotation.Get('/test-status/{code}')
        @io.micronaut.http.annotation.Produces(MediaType.TEXT_HTML)
        String status(int code) { throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.valueOf(code), 'test') }

        @io.micronaut.http.annotation.Get('/test-failure')
        @io.micronaut.http.annotation.Produces(MediaType.TEXT_HTML)
        String fail() { throw new IllegalStateException('geheim detail') }
    }
}
